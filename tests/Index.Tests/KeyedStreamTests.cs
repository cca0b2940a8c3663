using Extraction.Index.Lucene;
using Extraction.Index.Lucene.Analysis;
using Extraction.Index.Tests.Support;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Extraction.Index.Tests;

/// <summary>The index writer feeds pre-keyed texts (<see cref="KeyedStream"/>): each field must get exactly the tokens the analyzer gives it.</summary>
public sealed class KeyedStreamTests
{
    private static List<string> Tokens(TokenStream stream)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var result = new List<string>();
        while (stream.IncrementToken())
        {
            result.Add($"{term} +{increment.PositionIncrement} {offset.StartOffset}-{offset.EndOffset}");
        }
        stream.End();
        result.Add($"end +{increment.PositionIncrement} {offset.StartOffset}-{offset.EndOffset}");
        return result;
    }

    [Theory]
    [InlineData("Sở LĐ-TB&XH và UBND huyện ký kết chương trình phối hợp.")]
    [InlineData("Ủy ban MTTQ TP Huế, hoà thuận; thuỷ lợi, kí kết (2024)  ")]
    [InlineData("huyện")]
    [InlineData("— ; —")]
    public void A_pre_keyed_field_gets_the_analyzers_tokens(string text)
    {
        using var analyzer = new VietnameseAnalyzer(TestLexicon.Keys);
        var keyed = new KeyedText();
        new TextKeyer(TestLexicon.Keys).Key(text, keyed);
        foreach (var field in new[] { IndexFields.Any, IndexFields.Pairs, IndexFields.Spelled, IndexFields.Of(IndexFields.Spelled, article: true) })
        {
            List<string> expected;
            using (var stream = analyzer.GetTokenStream(field, text))
            {
                expected = Tokens(stream);
            }
            var replayed = new KeyedStream(VietnameseAnalyzer.ModeOf(field)).Of(keyed);
            Assert.Equal(expected, Tokens(replayed));
            // A second read (the writer's next value of the field) plays it again from the start.
            Assert.Equal(expected, Tokens(replayed.Of(keyed)));
        }
    }

    [Fact]
    public void An_abbreviation_keys_as_its_words_each_with_the_abbreviations_range()
    {
        var keyed = new KeyedText();
        new TextKeyer(TestLexicon.Keys).Key("UBND huyện", keyed);
        Assert.Equal(["uy", "ban", "nhan", "dan", "huyen"], Enumerable.Range(0, keyed.Count).Select(keyed.Folded));
        Assert.Equal([0, 0, 0, 0, 5], Enumerable.Range(0, keyed.Count).Select(keyed.Start));
        Assert.Equal("huyên5", keyed.Exact(4));
    }
}
