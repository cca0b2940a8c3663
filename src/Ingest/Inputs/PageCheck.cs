using Extraction.Ingest.Decoding;

namespace Extraction.Ingest.Inputs;

/// <summary>
/// Tells content that is not a page at all (empty, a PDF, a program, random bytes) and content we refuse to
/// decode (UTF-7), before cleaning: cleaning such bytes "works" and stores noise as an article.
/// </summary>
internal static class PageCheck
{
    private const int SampleBytes = 8192;

    private static readonly (byte[] Magic, string What)[] Signatures =
    [
        ("%PDF-"u8.ToArray(), "a PDF document"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "an ELF program"),
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([(byte)'P', (byte)'K', 3, 4], "a ZIP archive (or Office document)"),
        ([0x1F, 0x8B], "gzip data inside gzip"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document"),
        ("SQLite format 3\0"u8.ToArray(), "a SQLite database"),
    ];

    /// <summary>Why the document is not a page we clean, or null when it may be one.</summary>
    public static string? WhyNotAPage(RawDocument document)
    {
        var bytes = document.Content.Span;
        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        if (IsBlank(bytes))
        {
            return bytes.Length == 0 ? "empty, not a page" : "only white space, not a page";
        }
        foreach (var (magic, what) in Signatures)
        {
            if (sample.StartsWith(magic))
            {
                return $"{what}, not a page";
            }
        }
        if (IsUtf7(document.DeclaredCharset) || (document.Kind == DocumentKind.Html && IsUtf7(HtmlCharsetSniffer.Find(sample))))
        {
            return "declares charset UTF-7, which is refused: it is not a web charset and lets markup hide in plain text";
        }
        if (sample.IndexOf((byte)0) >= 0 && !IsUnicodeWithZeros(sample, document.DeclaredCharset))
        {
            // No Vietnamese 8-bit encoding uses byte 0; outside UTF-16 it means binary data.
            return "binary data (zero bytes), not a page";
        }
        return null;
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes) =>
        bytes.IndexOfAnyExcept(" \t\r\n\f\v"u8) < 0
        || (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) && bytes[3..].IndexOfAnyExcept(" \t\r\n\f\v"u8) < 0);

    private static bool IsUnicodeWithZeros(ReadOnlySpan<byte> sample, string? declared) =>
        UnicodeSniffer.FromByteOrderMark(sample).Charset is VietnameseCharset.Utf16LittleEndian or VietnameseCharset.Utf16BigEndian
        || UnicodeSniffer.FromZeroBytes(sample) != VietnameseCharset.Unknown
        || CharsetNames.Parse(declared) is VietnameseCharset.Utf16LittleEndian or VietnameseCharset.Utf16BigEndian;

    private static bool IsUtf7(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return false;
        }
        var at = charset.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        var label = (at >= 0 ? charset[(at + "charset=".Length)..].Split(';')[0] : charset).Trim().Trim('"', '\'').Trim();
        return label.Equals("utf-7", StringComparison.OrdinalIgnoreCase)
            || label.Equals("utf7", StringComparison.OrdinalIgnoreCase)
            || label.Equals("unicode-1-1-utf-7", StringComparison.OrdinalIgnoreCase)
            || label.Equals("csunicode11utf7", StringComparison.OrdinalIgnoreCase)
            || label.Equals("x-unicode20utf7", StringComparison.OrdinalIgnoreCase);
    }
}
