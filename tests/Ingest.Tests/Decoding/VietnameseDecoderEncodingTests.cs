using System.Text;
using Extraction.Ingest.Decoding;

namespace Extraction.Ingest.Tests.Decoding;

/// <summary>Every supported encoding, undeclared and falsely declared, on real sentences and whole seed articles.</summary>
public sealed class VietnameseDecoderEncodingTests
{
    // What a careless server or an old portal declares instead of the truth.
    private static readonly Dictionary<string, string> Lies = new()
    {
        ["utf-8"] = "windows-1258",
        ["utf-8-bom"] = "iso-8859-1",
        ["utf-16le"] = "utf-8",
        ["utf-16be"] = "utf-8",
        ["utf-16le-nobom"] = "utf-8",
        ["utf-16be-nobom"] = "windows-1252",
        ["windows-1258"] = "windows-1252",
        ["viscii"] = "windows-1258",
        ["tcvn3"] = "windows-1252",
        ["vni"] = "utf-8",
    };

    public static TheoryData<string, int> EncodingsAndSentences()
    {
        var data = new TheoryData<string, int>();
        foreach (var encoding in LegacyEncoder.Encodings)
        {
            for (var i = 0; i < SeedText.Sentences.Length; i++)
            {
                data.Add(encoding, i);
            }
        }
        return data;
    }

    public static TheoryData<string> AllEncodings() => [.. LegacyEncoder.Encodings];

    [Theory]
    [MemberData(nameof(EncodingsAndSentences))]
    public void Decodes_a_seed_sentence_with_no_declaration_to_its_NFC_text(string encoding, int sentence)
    {
        var text = LegacyEncoder.Encodable(encoding, SeedText.Sentences[sentence]);
        var bytes = LegacyEncoder.Encode(encoding, text);

        Assert.Equal(text, VietnameseDecoder.Decode(bytes, declaredCharset: null, html: false));
    }

    [Theory]
    [MemberData(nameof(EncodingsAndSentences))]
    public void Decodes_a_seed_sentence_whose_declared_charset_lies(string encoding, int sentence)
    {
        var text = LegacyEncoder.Encodable(encoding, SeedText.Sentences[sentence]);
        var bytes = LegacyEncoder.Encode(encoding, text);

        Assert.Equal(text, VietnameseDecoder.Decode(bytes, Lies[encoding], html: false));
    }

    [Theory]
    [MemberData(nameof(AllEncodings))]
    public void Decodes_every_whole_seed_article(string encoding)
    {
        foreach (var article in SeedText.Articles())
        {
            var text = LegacyEncoder.Encodable(encoding, article);
            var bytes = LegacyEncoder.Encode(encoding, text);

            Assert.Equal(text, VietnameseDecoder.Decode(bytes, declaredCharset: null, html: false));
        }
    }

    [Theory]
    [InlineData("tcvn3")]
    [InlineData("vni")]
    public void Repairs_font_encoded_text_that_was_resaved_as_UTF8(string font)
    {
        // An old portal's TCVN3/VNI article pasted into a UTF-8 CMS: the font bytes read as windows-1252.
        var text = LegacyEncoder.Encodable(font, SeedText.Sentences[1]);
        var mojibake = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(LegacyEncoder.Encode(font, text));
        var bytes = Encoding.UTF8.GetBytes(mojibake);

        Assert.Equal(text, VietnameseDecoder.Decode(bytes, "utf-8", html: false));
    }

    [Fact]
    public void Repairs_UTF8_that_was_read_as_windows_1252_and_saved_again()
    {
        var text = SeedText.Sentences[2];
        var once = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(Encoding.UTF8.GetBytes(text));
        var bytes = Encoding.UTF8.GetBytes(once);

        Assert.Equal(text, VietnameseDecoder.Decode(bytes, "utf-8", html: false));
    }

    [Fact]
    public void Repairs_a_TCVN3_fragment_quoted_inside_a_good_UTF8_page()
    {
        // A UTF-8 page quoting a passage pasted from an old ABC-font document.
        var good = $"{SeedText.Sentences[0]} {SeedText.Sentences[3]}";
        var quoted = "phối hợp thực hiện Chương trình mục tiêu quốc gia giảm nghèo";
        var pasted = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(LegacyEncoder.Encode("tcvn3", quoted.ToLowerInvariant()));
        var bytes = Encoding.UTF8.GetBytes($"{good} {pasted}.");

        Assert.Equal($"{good} {quoted.ToLowerInvariant()}.", VietnameseDecoder.Decode(bytes, "utf-8", html: false));
    }

    [Fact]
    public void Reads_an_eth_inside_a_Vietnamese_word_as_D_with_stroke()
    {
        // windows-1258 "Đ" (0xD0) once read as windows-1252 shows as the Icelandic eth "Ð".
        var bytes = Encoding.UTF8.GetBytes("Hội đồng nhân dân huyện Gia Ðông và Nghĩa Ðạo");

        Assert.Equal("Hội đồng nhân dân huyện Gia Đông và Nghĩa Đạo", VietnameseDecoder.Decode(bytes, null, html: false));
    }

    [Fact]
    public void Keeps_good_UTF8_with_Latin1_symbols_and_foreign_words_as_it_is()
    {
        var text = $"© 2024 «{SeedText.Sentences[3]}» Nhiệt độ 30°C, ống Ø 1.500 – café, Zürich, Ñ, ½.";

        Assert.Equal(text, VietnameseDecoder.Decode(Encoding.UTF8.GetBytes(text), "utf-8", html: false));
    }

    [Theory]
    [InlineData("tcvn3", false)]
    [InlineData("vni", false)]
    [InlineData("viscii", false)]
    [InlineData("windows-1258", false)]
    [InlineData("tcvn3", true)]
    [InlineData("vni", true)]
    public void Decodes_a_long_page_whose_text_starts_after_a_long_ASCII_head(string encoding, bool resavedAsUtf8)
    {
        // The encoding is decided on a sample; the whole page must still come out in that encoding.
        var body = string.Join("\n", SeedText.Articles());
        var page = LegacyEncoder.Encodable(encoding, $"<html><head><script>{new string('x', 40_000)}</script></head><body>{body}</body></html>");
        var bytes = LegacyEncoder.Encode(encoding, page);
        if (resavedAsUtf8)
        {
            bytes = Encoding.UTF8.GetBytes(CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(bytes));
        }

        Assert.Equal(page, VietnameseDecoder.Decode(bytes, "windows-1252", html: true));
    }
}
