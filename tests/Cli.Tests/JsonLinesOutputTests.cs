using System.Text.Json;

namespace Extraction.Cli.Tests;

public sealed class JsonLinesOutputTests
{
    [Fact]
    public void Extract_keeps_the_source_path_as_given()
    {
        var seed = Path.Combine(RepoPaths.Seeds, Path.GetFileName(Directory.GetFiles(RepoPaths.Seeds, "002_*.txt").Single()));

        var line = CliRun.Of("extract", seed).OutLines.Single();

        using var doc = JsonDocument.Parse(line);
        Assert.Equal(seed, doc.RootElement.GetProperty("source").GetString());
    }

    [Fact]
    public void Every_extracted_span_gives_back_its_value_from_the_cleaned_text()
    {
        foreach (var line in CliRun.Of("extract", RepoPaths.Seeds).OutLines)
        {
            using var doc = JsonDocument.Parse(line);
            var id = doc.RootElement.GetProperty("id").GetString()!;
            var text = CleanedText(doc.RootElement.GetProperty("source").GetString()!, id);
            var title = doc.RootElement.GetProperty("title").GetString() ?? "";
            foreach (var agreement in doc.RootElement.GetProperty("agreements").EnumerateArray())
            {
                foreach (var party in agreement.GetProperty("parties").EnumerateArray())
                {
                    var inTitle = party.GetProperty("in_title").GetBoolean();
                    Assert.Equal(party.GetProperty("name").GetString(), Slice(inTitle ? title : text, party));
                }
                foreach (var item in agreement.GetProperty("items").EnumerateArray())
                {
                    Assert.Equal(item.GetProperty("text").GetString(), Slice(text, item));
                }
            }
        }
    }

    [Fact]
    public void Every_measured_field_found_carries_a_confidence_between_0_and_1_and_period_and_location_none()
    {
        var agreements = CliRun.Of("extract", RepoPaths.Seeds).OutLines
            .SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("agreements").EnumerateArray().ToList())
            .ToList();

        Assert.NotEmpty(agreements);
        Assert.Contains(agreements, a => a.GetProperty("period").ValueKind != JsonValueKind.Null);
        foreach (var agreement in agreements)
        {
            var confidence = agreement.GetProperty("field_confidence");
            foreach (var field in new[] { "kind", "subject", "signed_on" })
            {
                if (agreement.GetProperty(field).ValueKind != JsonValueKind.Null)
                {
                    Assert.InRange(confidence.GetProperty(field).GetDouble(), 0.01, 1.0);
                }
            }
            if (agreement.GetProperty("items").GetArrayLength() > 0)
            {
                Assert.InRange(confidence.GetProperty("items").GetDouble(), 0.01, 1.0);
            }
            // The gold does not annotate them, so their precision is unmeasured: no confidence rather than an invented one.
            Assert.False(confidence.TryGetProperty("period", out _));
            Assert.False(confidence.TryGetProperty("location", out _));
        }
    }

    [Fact]
    public void Clean_emits_the_cleaned_text_without_the_title()
    {
        var line = CliRun.Of("clean", Directory.GetFiles(RepoPaths.Seeds, "003_*.txt").Single()).OutLines.Single();

        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        foreach (var field in new[] { "id", "source", "url", "site", "title", "published", "text" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }
        var title = root.GetProperty("title").GetString()!;
        Assert.DoesNotContain(title, root.GetProperty("text").GetString()!, StringComparison.Ordinal);
    }

    private static string CleanedText(string source, string id)
    {
        using var doc = JsonDocument.Parse(CliRun.Of("clean", source).OutLines.Single());
        Assert.Equal(id, doc.RootElement.GetProperty("id").GetString());
        return doc.RootElement.GetProperty("text").GetString()!;
    }

    private static string Slice(string text, JsonElement span) =>
        text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()];
}
