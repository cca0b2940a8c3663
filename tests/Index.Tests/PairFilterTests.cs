using Extraction.Index.Lucene;
using Extraction.Index.Lucene.Analysis;
using Extraction.Index.Tests.Support;
using Lucene.Net.Analysis.TokenAttributes;

namespace Extraction.Index.Tests;

public sealed class PairFilterTests
{
    private static List<(string Term, int Position)> Pairs(string text)
    {
        using var analyzer = new VietnameseAnalyzer(TestLexicon.Keys);
        using var stream = analyzer.GetTokenStream(IndexFields.Pairs, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var result = new List<(string, int)>();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            result.Add((term.ToString(), position));
        }
        stream.End();
        return result;
    }

    [Fact]
    public void Adjacent_folded_words_become_one_pair_at_the_first_words_position()
    {
        Assert.Equal([("giam ngheo", 0), ("ngheo ben", 1), ("ben vung", 2)], Pairs("Giảm nghèo bền vững"));
    }

    [Fact]
    public void An_abbreviation_pairs_as_the_words_it_stands_for()
    {
        Assert.Equal([("uy ban", 0), ("ban nhan", 1), ("nhan dan", 2), ("dan huyen", 3)], Pairs("UBND huyện"));
    }

    [Fact]
    public void A_single_word_gives_no_pair() => Assert.Empty(Pairs("huyện"));
}
