using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Extraction.Ingest.Decoding;

/// <summary>Finds a charset declared inside the document: &lt;meta charset&gt;, meta http-equiv, or an XML declaration.</summary>
internal static partial class HtmlCharsetSniffer
{
    // Old portals put long scripts before their meta; 8 KB covers them without reading the page twice.
    private const int PrescanBytes = 8192;

    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        // Matched on a pooled buffer: the head as a string cost 16 KB per page for a few dozen chars of answer.
        var head = bytes[..Math.Min(bytes.Length, PrescanBytes)];
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(head.Length, 1));
        try
        {
            var chars = buffer.AsSpan(0, Encoding.Latin1.GetChars(head, buffer));
            return Declared(MetaCharset(), chars) ?? Declared(XmlEncoding(), chars);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // The first match's "cs" group: the match is found on the span, then only its own text is matched for the group.
    private static string? Declared(Regex regex, ReadOnlySpan<char> chars)
    {
        foreach (var match in regex.EnumerateMatches(chars))
        {
            return regex.Match(chars.Slice(match.Index, match.Length).ToString()).Groups["cs"].Value;
        }
        return null;
    }

    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*(?<cs>[A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""<\?xml\b[^>]*?encoding\s*=\s*["'](?<cs>[A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlEncoding();
}
