using System.Text.Json;
using Extraction.Extract.Model;

namespace Extraction.Extract.Tests.Specs;

/// <summary>Runs the examples of Detection.md, Parties.md, SigningDates.md and Kinds.md through the extractor.</summary>
public sealed class ExtractorSpecTests
{
    private static readonly AgreementExtractor Extractor = new();

    public static TheoryData<SpecExample> Detection => SpecLoader.Theory("Detection.md");

    public static TheoryData<SpecExample> Parties => SpecLoader.Theory("Parties.md");

    public static TheoryData<SpecExample> SigningDates => SpecLoader.Theory("SigningDates.md");

    public static TheoryData<SpecExample> Kinds => SpecLoader.Theory("Kinds.md");

    [Theory]
    [MemberData(nameof(Detection))]
    public void Detection_follows_the_spec(SpecExample example)
    {
        using var expected = JsonDocument.Parse(example.Expected);
        var result = Extractor.Extract(SpecArticles.From(example));
        Assert.Equal(expected.RootElement.GetProperty("is_agreement").GetBoolean(), result.IsAgreement);
        if (expected.RootElement.TryGetProperty("agreements", out var n))
        {
            Assert.Equal(n.GetInt32(), result.Agreements.Count);
        }
        // "evidence": [start, end) of the sentence that reports the first agreement.
        if (expected.RootElement.TryGetProperty("evidence", out var evidence))
        {
            var first = Assert.Single(result.Agreements.Take(1));
            Assert.Equal((evidence[0].GetInt32(), evidence[1].GetInt32()), (first.Evidence.Start, first.Evidence.End));
        }
    }

    [Theory]
    [MemberData(nameof(Parties))]
    public void Parties_follow_the_spec(SpecExample example)
    {
        using var expected = JsonDocument.Parse(example.Expected);
        var result = Extractor.Extract(SpecArticles.From(example));
        var parties = result.Agreements.FirstOrDefault()?.Parties ?? [];
        Assert.Equal(Strings(expected.RootElement.GetProperty("parties")), parties.Select(p => p.Name).ToArray());
        if (expected.RootElement.TryGetProperty("canonical", out var canonical))
        {
            Assert.Equal(Strings(canonical), parties.Select(p => p.Canonical).ToArray());
        }
        // "spans": each party's [start, end) in the article text, which must hold the name as written.
        if (expected.RootElement.TryGetProperty("spans", out var spans))
        {
            var want = spans.EnumerateArray().Select(x => (x[0].GetInt32(), x[1].GetInt32())).ToArray();
            Assert.Equal(want, parties.Select(p => (p.Span.Start, p.Span.End)).ToArray());
            Assert.All(parties, p => Assert.Equal(p.Name, example.Input[p.Span.Start..p.Span.End]));
        }
        // "each": the parties of every agreement, in order, when the text names several.
        if (expected.RootElement.TryGetProperty("each", out var each))
        {
            var want = each.EnumerateArray().Select(Strings).ToArray();
            Assert.Equal(want.Length, result.Agreements.Count);
            for (var i = 0; i < want.Length; i++)
            {
                Assert.Equal(want[i], result.Agreements[i].Parties.Select(p => p.Name).ToArray());
            }
        }
        // "kinds": the kind of every agreement, in order, when the text names several documents.
        if (expected.RootElement.TryGetProperty("kinds", out var kinds))
        {
            Assert.Equal(Strings(kinds), result.Agreements.Select(a => a.Kind!).ToArray());
        }
        // "items": how many content items all agreements hold together.
        if (expected.RootElement.TryGetProperty("items", out var items))
        {
            Assert.Equal(items.GetInt32(), result.Agreements.Sum(a => a.Items.Count));
        }
    }

    [Theory]
    [MemberData(nameof(SigningDates))]
    public void Signing_dates_follow_the_spec(SpecExample example)
    {
        using var expected = JsonDocument.Parse(example.Expected);
        var agreements = Extractor.Extract(SpecArticles.From(example)).Agreements;
        var agreement = agreements.FirstOrDefault();
        Assert.NotNull(agreement);
        Assert.Equal(expected.RootElement.GetProperty("signed_on").GetString(), agreement.SignedOn?.ToString());
        // "signed_on_span": [start, end) of the date as written in the article text, or null.
        if (expected.RootElement.TryGetProperty("signed_on_span", out var span))
        {
            Assert.Equal(Span(span), Pair(agreement.SignedOnSpan));
        }
        // "each_signed_on" and "each_signed_on_span": the date and its span of every agreement, in order.
        if (expected.RootElement.TryGetProperty("each_signed_on", out var each))
        {
            Assert.Equal(each.EnumerateArray().Select(x => x.GetString()).ToArray(), agreements.Select(a => a.SignedOn?.ToString()).ToArray());
        }
        if (expected.RootElement.TryGetProperty("each_signed_on_span", out var eachSpan))
        {
            Assert.Equal(eachSpan.EnumerateArray().Select(Span).ToArray(), agreements.Select(a => Pair(a.SignedOnSpan)).ToArray());
        }
    }

    /// <summary>A spec's [start, end) as written, or null.</summary>
    private static (int, int)? Span(JsonElement span) =>
        span.ValueKind == JsonValueKind.Null ? null : (span[0].GetInt32(), span[1].GetInt32());

    /// <summary>An extracted span as the same pair, or null.</summary>
    private static (int, int)? Pair(TextSpan? span) => span is { } sp ? (sp.Start, sp.End) : null;

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Kinds_periods_and_places_follow_the_spec(SpecExample example)
    {
        using var expected = JsonDocument.Parse(example.Expected);
        var agreement = First(example);
        Assert.NotNull(agreement);
        foreach (var field in expected.RootElement.EnumerateObject())
        {
            // "kind_span", "period_span", "location_span": [start, end) in the article text, or null.
            if (field.Name.EndsWith("_span", StringComparison.Ordinal))
            {
                var span = field.Name switch
                {
                    "kind_span" => agreement.KindSpan,
                    "period_span" => agreement.PeriodSpan,
                    "location_span" => agreement.LocationSpan,
                    _ => throw new InvalidOperationException($"{example}: unknown field {field.Name}"),
                };
                Assert.Equal(Span(field.Value), Pair(span));
                continue;
            }
            var actual = field.Name switch
            {
                "kind" => agreement.Kind,
                "period" => agreement.Period,
                "location" => agreement.Location,
                _ => throw new InvalidOperationException($"{example}: unknown field {field.Name}"),
            };
            Assert.Equal(field.Value.GetString(), actual);
        }
    }

    private static Agreement? First(SpecExample example) => Extractor.Extract(SpecArticles.From(example)).Agreements.FirstOrDefault();

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(x => x.GetString()!).ToArray();
}
