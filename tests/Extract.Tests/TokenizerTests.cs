using Extraction.Extract.Text;

namespace Extraction.Extract.Tests;

/// <summary>Extraction's policy of the kernel tokenizer, pinned by spans: what the rules read as one token.</summary>
public sealed class TokenizerTests
{
    private static List<string> Spans(string text) =>
        Tokenizer.Tokenize(text, 0, text.Length).ConvertAll(t => $"{t.Start}-{t.End} {t.Kind} {t.Text}");

    [Fact]
    public void Joined_abbreviations_dates_and_decimals_are_one_token_and_the_city_prefix_its_own_word()
    {
        Assert.Equal(
            [
                "0-2 Word Sở", "3-8 Word GD&ĐT", "9-12 Word TP.", "12-15 Word Huế", "16-18 Word ký", "19-29 Number 12/03/2006",
                "29-30 Punct ,", "31-34 Word vốn", "35-38 Number 2.5", "39-41 Word tỷ", "42-46 Word đồng", "46-47 Punct .",
            ],
            Spans("Sở GD&ĐT TP.Huế ký 12/03/2006, vốn 2.5 tỷ đồng."));
    }

    [Fact]
    public void A_window_of_the_text_is_tokenized_with_offsets_into_the_whole_text()
    {
        const string text = "Trước đó, UBND tỉnh và Sở KH-ĐT đã ký.";
        var from = text.IndexOf("UBND", StringComparison.Ordinal);
        var to = text.IndexOf(" đã", StringComparison.Ordinal);
        var tokens = Tokenizer.Tokenize(text, from, to).ConvertAll(t => $"{t.Start}-{t.End} {t.Text}");
        Assert.Equal(["10-14 UBND", "15-19 tỉnh", "20-22 và", "23-25 Sở", "26-31 KH-ĐT"], tokens);
    }
}
