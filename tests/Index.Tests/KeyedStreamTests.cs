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

    // More words than a reused KeyedText keeps (8,192), so its arrays are dropped after the value is played.
    private static string LongText(int words, string word) =>
        string.Join(' ', Enumerable.Range(0, words).Select(i => i % 7 == 0 ? "UBND" : word + (i % 50).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_analyzer_gives_the_same_tokens_to_a_long_value_after_another_long_one_and_a_short_one()
    {
        using var analyzer = new VietnameseAnalyzer(TestLexicon.Keys);
        var first = LongText(9_000, "huyện");
        var second = LongText(12_000, "xã");
        List<string> Read(string text)
        {
            using var stream = analyzer.GetTokenStream(IndexFields.Any, text);
            return Tokens(stream);
        }
        var expectedSecond = Read(second);
        Assert.True(expectedSecond.Count > 12_000);
        Read(first);
        Assert.Equal(["huyen +1 0-5", "end +0 5-5"], Read("huyện"));
        Assert.Equal(expectedSecond, Read(second));
    }

    [Fact]
    public void A_keyer_whose_word_cache_rolled_over_twice_keys_as_a_fresh_one()
    {
        // 20,000 distinct words fill the cache's generation of 8,192 more than twice, so both dictionaries are recycled.
        var many = string.Join(' ', Enumerable.Range(0, 20_000).Select(i => "từ" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var used = new TextKeyer(TestLexicon.Keys);
        used.Key(many, new KeyedText());
        const string text = "Sở LĐ-TB&XH và UBND huyện từ5 từ19999 ký kết";
        var fromUsed = new KeyedText();
        used.Key(text, fromUsed);
        var fromFresh = new KeyedText();
        new TextKeyer(TestLexicon.Keys).Key(text, fromFresh);
        Assert.Equal(Enumerable.Range(0, fromFresh.Count).Select(i => (fromFresh.Folded(i), fromFresh.Exact(i), fromFresh.Start(i), fromFresh.End(i))),
            Enumerable.Range(0, fromUsed.Count).Select(i => (fromUsed.Folded(i), fromUsed.Exact(i), fromUsed.Start(i), fromUsed.End(i))));
    }
}
