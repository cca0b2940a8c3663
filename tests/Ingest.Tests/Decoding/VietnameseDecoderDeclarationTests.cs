using System.Text;
using Extraction.Ingest.Decoding;

namespace Extraction.Ingest.Tests.Decoding;

/// <summary>Where declarations come from and when they count: BOM, HTTP header, &lt;meta&gt;.</summary>
public sealed class VietnameseDecoderDeclarationTests
{
    [Fact]
    public void Decodes_an_HTML_page_by_its_meta_charset_windows_1258()
    {
        var sentence = SeedText.Sentences[3];
        var page = $"<html><head><meta charset=\"windows-1258\"><title>x</title></head><body><p>{sentence}</p></body></html>";
        var bytes = LegacyEncoder.Encode("windows-1258", page);

        var decoded = VietnameseDecoder.Decode(bytes, declaredCharset: null, html: true);

        Assert.Equal(page, decoded);
    }

    [Theory]
    [InlineData("windows-1258", "ơ")]
    [InlineData("windows-1252", "õ")]
    public void Meta_charset_decides_when_the_content_cannot(string declared, string expected)
    {
        // Byte 0xF5 alone is "ơ" in windows-1258 and "õ" in windows-1252: both read as Vietnamese.
        var page = Encoding.ASCII.GetBytes($"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={declared}\"></head><body>")
            .Concat(new byte[] { 0xF5 }).Concat(Encoding.ASCII.GetBytes("</body></html>")).ToArray();

        var decoded = VietnameseDecoder.Decode(page, declaredCharset: null, html: true);

        Assert.Contains($"<body>{expected}</body>", decoded, StringComparison.Ordinal);
    }

    [Fact]
    public void HTTP_header_charset_outranks_the_meta_charset()
    {
        var page = Encoding.ASCII.GetBytes("<meta charset=\"windows-1258\"><p>").Concat(new byte[] { 0xF5 }).ToArray();

        Assert.EndsWith("õ", VietnameseDecoder.Decode(page, "text/html; charset=ISO-8859-1", html: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Meta_charset_is_not_looked_for_in_plain_text()
    {
        // Undeclared, the tie goes to windows-1258 ("ơ"); the meta's windows-1252 ("õ") must not count in plain text.
        var text = Encoding.ASCII.GetBytes("<meta charset=\"windows-1252\"> ").Concat(new byte[] { 0xF5 }).ToArray();

        Assert.EndsWith("ơ", VietnameseDecoder.Decode(text, declaredCharset: null, html: false), StringComparison.Ordinal);
        Assert.EndsWith("õ", VietnameseDecoder.Decode(text, declaredCharset: null, html: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Byte_order_mark_outranks_a_declared_charset()
    {
        var text = SeedText.Sentences[0];
        var bytes = LegacyEncoder.Encode("utf-16be", text);

        Assert.Equal(text, VietnameseDecoder.Decode(bytes, "windows-1258", html: true));
    }

    [Fact]
    public void Windows_1252_text_that_is_not_Vietnamese_stays_windows_1252()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("Le café crème à Zürich, “déjà vu”.");

        Assert.Equal("Le café crème à Zürich, “déjà vu”.", VietnameseDecoder.Decode(bytes, "windows-1252", html: false));
    }

    [Fact]
    public void Finds_the_charset_of_meta_http_equiv_and_of_an_XML_declaration()
    {
        Assert.Equal("x-viet-tcvn", HtmlCharsetSniffer.Find("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=x-viet-tcvn'>"u8));
        Assert.Equal("VISCII", HtmlCharsetSniffer.Find("<?xml version=\"1.0\" encoding=\"VISCII\"?><rss/>"u8));
        Assert.Null(HtmlCharsetSniffer.Find("<html><head><title>no charset</title></head></html>"u8));
    }

    [Fact]
    public void Bad_bytes_decode_to_a_value_rather_than_an_exception()
    {
        var random = new Random(1258);
        var bytes = new byte[5000];
        random.NextBytes(bytes);

        var decoded = VietnameseDecoder.Decode(bytes, "utf-16", html: true);

        Assert.NotNull(decoded);
        Assert.True(decoded.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(string.Empty, VietnameseDecoder.Decode([], null, html: true));
    }
}
