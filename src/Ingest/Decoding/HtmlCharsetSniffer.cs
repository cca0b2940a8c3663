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
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var meta = MetaCharset().Match(head);
        if (meta.Success)
        {
            return meta.Groups["cs"].Value;
        }
        var xml = XmlEncoding().Match(head);
        return xml.Success ? xml.Groups["cs"].Value : null;
    }

    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*(?<cs>[A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""<\?xml\b[^>]*?encoding\s*=\s*["'](?<cs>[A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlEncoding();
}
