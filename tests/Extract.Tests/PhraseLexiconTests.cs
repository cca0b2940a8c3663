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
