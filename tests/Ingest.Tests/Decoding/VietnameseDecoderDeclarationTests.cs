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
    [InlineData("windows-1258", "tơi")]
    [InlineData("windows-1252", "tõi")]
    public void Meta_charset_decides_when_the_content_cannot(string declared, string expected)
    {
        // Byte 0xF5 is "ơ" in windows-1258 and "õ" in windows-1252: "tơi" and "tõi" are both Vietnamese syllables.
        var page = Encoding.ASCII.GetBytes($"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={declared}\"></head><body>")
            .Concat(new byte[] { 0x74, 0xF5, 0x69 }).Concat(Encoding.ASCII.GetBytes("</body></html>")).ToArray();

        var decoded = VietnameseDecoder.Decode(page, declaredCharset: null, html: true);

        Assert.Contains($"<body>{expected}</body>", decoded, StringComparison.Ordinal);
    }

    [Fact]
    public void HTTP_header_charset_outranks_the_meta_charset()
    {
        var page = Encoding.ASCII.GetBytes("<meta charset=\"windows-1258\"><p>").Concat(new byte[] { 0x74, 0xF5, 0x69 }).ToArray();

        Assert.EndsWith("tõi", VietnameseDecoder.Decode(page, "text/html; charset=ISO-8859-1", html: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Meta_charset_is_not_looked_for_in_plain_text()
    {
        // Too little text to tell: undeclared it stays windows-1252 ("tõi"); the meta's windows-1258 ("tơi") counts only in HTML.
        var text = Encoding.ASCII.GetBytes("<meta charset=\"windows-1258\"> ").Concat(new byte[] { 0x74, 0xF5, 0x69 }).ToArray();

        Assert.EndsWith("tõi", VietnameseDecoder.Decode(text, declaredCharset: null, html: false), StringComparison.Ordinal);
        Assert.EndsWith("tơi", VietnameseDecoder.Decode(text, declaredCharset: null, html: true), StringComparison.Ordinal);
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

    [Theory]
    [InlineData("Die Straße blieb nach dem tödlichem Unfall für mehrere Stunden gesperrt, sagte die Polizei in Zürich.")]
    [InlineData("Photos à l'appui, le journaliste Loïc révèle que le ministre a été vu à Prague, où il a déjà séjourné.")]
    public void Leaves_foreign_Latin_text_as_it_is_in_UTF8_and_in_windows_1252(string text)
    {
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);

        Assert.Equal(text, VietnameseDecoder.Decode(Encoding.UTF8.GetBytes(text), null, html: false));
        Assert.Equal(text, VietnameseDecoder.Decode(windows1252, null, html: false));
        Assert.Equal(text, VietnameseDecoder.Decode(windows1252, "windows-1252", html: false));
    }

    [Fact]
    public void Leaves_a_lone_foreign_name_inside_Vietnamese_text_alone()
    {
        var text = $"{SeedText.Sentences[1]} Ông Loïc Dupont, đại diện tổ chức, phát biểu.";

        Assert.Equal(text, VietnameseDecoder.Decode(Encoding.UTF8.GetBytes(text), "utf-8", html: false));
    }
}
