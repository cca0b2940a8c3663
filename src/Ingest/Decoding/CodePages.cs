using System.Text;

namespace Extraction.Ingest.Decoding;

/// <summary>
/// The Windows code pages .NET does not carry by default. Taken from the in-box provider directly
/// rather than registered globally, so decoding has no process-wide side effect.
/// </summary>
internal static class CodePages
{
    public static readonly Encoding Windows1258 = Get(1258);

    public static readonly Encoding Windows1252 = Get(1252);

    /// <summary>Decodes a byte view (see <see cref="ByteView"/>) as windows-1258; chars beyond U+00FF pass through.</summary>
    public static string DecodeWindows1258(string view)
    {
        var sb = new StringBuilder(view.Length);
        foreach (var c in view)
        {
            if (c <= '\u00FF')
            {
                sb.Append(Windows1258Chars[c]);
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static readonly string[] Windows1258Chars = [.. Enumerable.Range(0, 256).Select(b => Windows1258.GetString([(byte)b]))];

    private static Encoding Get(int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback)
        ?? throw new InvalidOperationException($"Code page {codePage} is not available.");
}
