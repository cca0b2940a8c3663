using Extraction.Extract.Lexicons;
using Extraction.Extract.Text;

namespace Extraction.Extract.Tests;

/// <summary>The one phrase matcher the lexicons share: longest phrase first, file order among equals, words only.</summary>
public sealed class PhraseLexiconTests
{
    private static List<Token> Tokens(string text) => Tokenizer.Tokenize(text, 0, text.Length);

    private static PhraseLexicon<string> Lexicon(params (string Phrase, string Value)[] rows) =>
        new(rows.Select(r => (TextKeys.LowerWords(r.Phrase), r.Value)), t => t.Lower);

    [Fact]
    public void The_longest_phrase_at_a_token_wins_whatever_the_file_order()
    {
        var lex = Lexicon(("chương trình", "short"), ("chương trình phối hợp", "long"));
        Assert.Equal((4, "long"), lex.Match(Tokens("Chương trình phối hợp công tác"), 0));
        Assert.Equal((2, "short"), lex.Match(Tokens("Chương trình hành động"), 0));
    }

    [Fact]
    public void Among_phrases_of_one_length_the_first_in_the_file_wins()
    {
        var lex = Lexicon(("MOU", "first"), ("MoU", "second"));
        Assert.Equal((1, "first"), lex.Match(Tokens("ký MoU"), 1));
    }

    [Fact]
    public void A_phrase_does_not_match_across_punctuation_or_past_the_end()
    {
        var lex = Lexicon(("thỏa thuận hợp tác", "x"));
        Assert.Null(lex.Match(Tokens("thỏa thuận, hợp tác"), 0));
        Assert.Null(lex.Match(Tokens("thỏa thuận"), 0));
        Assert.Null(lex.Match(Tokens(", thỏa thuận hợp tác"), 0));
    }

    [Fact]
    public void Tokens_are_compared_by_the_key_the_lexicon_chose()
    {
        var folded = new PhraseLexicon<string>([(["viet", "nam"], "VN")], t => t.Key);
        var lower = new PhraseLexicon<string>([(["viet", "nam"], "VN")], t => t.Lower);
        Assert.Equal((2, "VN"), folded.Match(Tokens("Việt Nam"), 0));
        Assert.Null(lower.Match(Tokens("Việt Nam"), 0));
    }

    [Fact]
    public void Old_tone_placement_matches_a_lexicon_written_in_the_new()
    {
        var lex = Lexicon(("thỏa thuận", "x"));
        Assert.Equal((2, "x"), lex.Match(Tokens("Thoả thuận"), 0));
    }
}

/// <summary>The signing cue groups on the one matcher: prefix-free, so "longest" is the only phrase at a token.</summary>
public sealed class SigningCuePhraseTests
{
    private static List<Token> Tokens(string text) => Tokenizer.Tokenize(text, 0, text.Length);

    [Fact]
    public void A_cue_group_with_a_phrase_that_begins_another_is_refused_by_name()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            SigningCueLexicon.PrefixFreeMatcher("test-group", [["năm"], ["hai", "bên"], ["năm", "ngoái"]]));
        Assert.Contains("'test-group'", error.Message);
        Assert.Contains("'năm' begins 'năm ngoái'", error.Message);
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("background")]
    [InlineData("history")]
    [InlineData("intent")]
    [InlineData("background-opener")]
    [InlineData("phrase-opener")]
    [InlineData("other-document")]
    [InlineData("agreement")]
    [InlineData("kind-start")]
    [InlineData("contract-side")]
    [InlineData("issuing")]
    [InlineData("object-skip")]
    [InlineData("joint-contract")]
    [InlineData("contract")]
    [InlineData("since-year")]
    [InlineData("dated")]
    public void Every_phrase_group_of_the_signing_cues_loads_prefix_free(string group) =>
        Assert.NotNull(SigningCueLexicon.Phrases(group));

    [Fact]
    public void A_cue_phrase_matches_by_lower_case_words_and_not_past_the_end()
    {
        var skip = SigningCueLexicon.Phrases("object-skip");
        var tokens = Tokens("ký Ban hành");
        Assert.Equal((2, "ban hành"), skip.Match(tokens, 1));
        Assert.Null(skip.Match(tokens, tokens.Count));
    }
}
