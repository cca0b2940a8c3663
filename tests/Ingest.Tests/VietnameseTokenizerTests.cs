using System.Text;
using Extraction.Ingest.Text;

namespace Extraction.Ingest.Tests;

/// <summary>The kernel's one tokenizer: the scan every stage shares and each policy's joins and cuts, pinned by their spans.</summary>
public sealed class VietnameseTokenizerTests
{
    private static readonly HashSet<string> Known = ["LĐTBXH", "GDĐT"];

    // The index's kind of policy: joined only when the joined letters are known, at most six runs.
    private static readonly TokenizerPolicy KnownJoins = new(joiners: "-&/", maxParts: 6, joinWhen: Known.Contains);

    // Extraction's kind: every -&./ chain joined, punctuation kept, "TP." cut off.
    private static readonly TokenizerPolicy AllJoins = new(joiners: "-&./", maxParts: int.MaxValue, punctuation: true, splitCityPrefix: true);

    private static List<string> Spans(string text, TokenizerPolicy policy) =>
        VietnameseTokenizer.Tokenize(text, policy).ConvertAll(r => $"{r.Start}-{r.End} {r.Kind} {text[r.Start..r.End]}");

    [Fact]
    public void Plain_words_split_at_every_joiner_and_drop_punctuation()
    {
        Assert.Equal(
            ["0-2 Word Sở", "3-5 Word LĐ", "6-8 Word TB", "9-11 Word XH", "12-16 Word ngày", "17-19 Number 05", "20-22 Number 07"],
            Spans("Sở LĐ-TB&XH ngày 05/07.", TokenizerPolicy.Words));
    }

    [Fact]
    public void A_known_chain_is_one_word_and_an_unknown_one_stays_apart()
    {
        Assert.Equal(
            ["0-2 Word Sở", "3-11 Word LĐ-TB&XH", "12-14 Word và", "15-17 Word AB", "18-20 Word CD", "22-27 Word GD&ĐT"],
            Spans("Sở LĐ-TB&XH và AB-CD, GD&ĐT", KnownJoins));
    }

    [Fact]
    public void The_longest_known_prefix_of_a_chain_is_taken_and_the_rest_reads_on()
    {
        // "LĐ-TB&XH-HN": "LĐTBXHHN" is not known, "LĐTBXH" is; "HN" stands alone after it.
        Assert.Equal(["0-8 Word LĐ-TB&XH", "9-11 Word HN"], Spans("LĐ-TB&XH-HN", KnownJoins));
    }

    [Fact]
    public void A_chain_longer_than_the_policy_allows_is_not_looked_up_past_it()
    {
        var seen = new List<string>();
        var policy = new TokenizerPolicy(joiners: "-", maxParts: 3, joinWhen: s =>
        {
            seen.Add(s);
            return false;
        });
        Assert.Equal(5, VietnameseTokenizer.Tokenize("A-B-C-D-E", policy).Count);
        Assert.Equal(["AB", "ABC"], seen.Take(2));
        Assert.DoesNotContain("ABCD", seen);
    }

    [Fact]
    public void Extraction_style_joins_numbers_and_abbreviations_keeps_punctuation_and_cuts_the_city_prefix()
    {
        Assert.Equal(
            [
                "0-2 Word Sở", "3-11 Word LĐ-TB&XH", "12-15 Word TP.", "15-18 Word HCM", "19-21 Word ký", "22-32 Number 05/07/2006",
                "32-33 Punctuation ,", "34-38 Word tăng", "39-43 Number 11.8", "43-44 Punctuation %", "44-45 Punctuation .",
            ],
            Spans("Sở LĐ-TB&XH TP.HCM ký 05/07/2006, tăng 11.8%.", AllJoins));
    }

    [Fact]
    public void A_joiner_without_a_word_after_it_is_punctuation()
    {
        Assert.Equal(["0-2 Word Hà", "2-3 Punctuation -", "4-7 Word Nội"], Spans("Hà- Nội", AllJoins));
        Assert.Equal(["0-2 Word Hà", "3-4 Punctuation -", "4-7 Word Nội"], Spans("Hà -Nội", AllJoins));
    }

    [Fact]
    public void A_decomposed_syllable_is_one_word_and_offsets_stay_in_the_window()
    {
        var text = "Ông Việt ký.".Normalize(NormalizationForm.FormD);
        var runs = new List<TextRun>();
        var viet = text.IndexOf('V', StringComparison.Ordinal);
        VietnameseTokenizer.Tokenize(text, viet, text.Length, AllJoins, runs);
        Assert.Equal(3, runs.Count);
        Assert.Equal("Việt".Normalize(NormalizationForm.FormD), text[runs[0].Start..runs[0].End]);
        Assert.Equal(TextRunKind.Punctuation, runs[2].Kind);
    }

    [Fact]
    public void The_city_prefix_is_cut_only_from_a_longer_token()
    {
        Assert.Equal(["0-3 Word TP.", "3-6 Word Huế"], Spans("TP.Huế", AllJoins));
        Assert.Equal(["0-2 Word TP", "2-3 Punctuation ."], Spans("TP.", AllJoins));
        Assert.Equal(["0-6 Word TP.HCM"], Spans("TP.HCM", new TokenizerPolicy(joiners: ".", maxParts: int.MaxValue)));
    }
}
