using System.Text.RegularExpressions;

namespace Extraction.Cli.Pipeline;

/// <summary>
/// The key a store files an article under: a URL as it is, a file by its absolute path, so <c>./seeds/x.txt</c>,
/// <c>seeds/x.txt</c> and <c>/abs/seeds/x.txt</c> are one source. A record without a URL keeps its
/// <c>#lineN</c> / <c>#recordN</c> suffix on the absolute path of its file; standard input stays "-".
/// </summary>
public static partial class SourceKey
{
    public static string Of(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Length == 0 || source.Contains("://", StringComparison.Ordinal) || source == "-" || source.StartsWith("-#", StringComparison.Ordinal))
        {
            return source;
        }
        var record = RecordSuffix().Match(source);
        var path = record.Success ? source[..record.Index] : source;
        try
        {
            return Path.GetFullPath(path) + (record.Success ? record.Value : "");
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return source;
        }
    }

    [GeneratedRegex(@"#(line|record)\d+\z", RegexOptions.CultureInvariant)]
    private static partial Regex RecordSuffix();
}
