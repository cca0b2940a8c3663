using System.Text.RegularExpressions;

namespace Extraction.Cli;

/// <summary>
/// Joins the words of an unquoted query (<c>search giam ngheo</c>) back into one query. The shell has already
/// eaten the user's quotes around field values and exclusions (<c>party:"Công an"</c> arrives as
/// <c>party:Công an</c>), so such an argument with a space is quoted again; plain words stay words.
/// </summary>
internal static partial class QueryWords
{
    public static string Join(IEnumerable<string>? words) =>
        words is null ? "" : string.Join(' ', words.Where(w => w.Length > 0).Select(Requote));

    private static string Requote(string word)
    {
        if (!word.Any(char.IsWhiteSpace) || word.Contains('"', StringComparison.Ordinal))
        {
            return word;
        }
        var m = FieldOrExclusion().Match(word);
        return m.Success ? $"{m.Groups[1].Value}\"{m.Groups[2].Value}\"" : word;
    }

    [GeneratedRegex(@"^(-|-?\p{L}+:)(\S.*)$", RegexOptions.Singleline)]
    private static partial Regex FieldOrExclusion();
}
