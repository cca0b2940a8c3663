using System.Globalization;
using System.Text;
using Extraction.Ingest.Decoding;
using Extraction.Ingest.Text;

namespace Extraction.Ingest.Tests.Decoding;

/// <summary>The shortcuts that keep decoding cheap on ordinary UTF-8 pages must not change what comes out.</summary>
public sealed class VietnameseDecoderShortcutTests
{
    [Theory]
    [InlineData("utf-8")]
    [InlineData(null)]
    public void Keeps_UTF8_Russian_and_Korean_text_with_guillemets_and_middle_dots_as_it_is(string? declared)
    {
        var text = $"«Самые популярные» новости · 유시민·전원책 · © 2024 · {SeedText.Sentences[3]}";

        Assert.Equal(text, VietnameseDecoder.Decode(Encoding.UTF8.GetBytes(text), declared, html: false));
    }

    [Fact]
    public void Composes_decomposed_Korean_as_well_as_decomposed_Vietnamese()
    {
        // Conjoining jamo lie outside the ranges that are taken as NFC without asking the normaliser.
        var text = $"유시민 → ★ ™ {SeedText.Sentences[3]}";

        var decoded = VietnameseDecoder.Decode(Encoding.UTF8.GetBytes(text.Normalize(NormalizationForm.FormD)), "utf-8", html: false);

        Assert.Equal(text, decoded);
    }

    [Fact]
    public void Keeps_line_breaks_and_tabs_and_drops_every_other_control_char()
    {
        var text = "a\tb\r\nc\u0001d\u001Fe\u007Ff\u0085g\u009Fh\u00A0i";

        Assert.Equal("a\tb\r\ncdefgh\u00A0i", ControlCharacters.Strip(text));
    }

    [Fact]
    public void Folds_every_Latin_and_Vietnamese_letter_as_decomposition_does()
    {
        var chars = Enumerable.Range(0x20, 0x250 - 0x20).Concat(Enumerable.Range(0x1E00, 0x100)).Select(c => (char)c);
        var text = string.Concat(chars);

        Assert.Equal(ReferenceFold(text), VietnameseFold.Fold(text));
        Assert.Equal(ReferenceFold(text), VietnameseFold.Fold(text.Normalize(NormalizationForm.FormD)));
    }

    private static string ReferenceFold(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
            }
        }
        return sb.ToString();
    }
}
