using System.Text.Json;
using System.Text.RegularExpressions;

namespace Extraction.Ingest.Tests;

/// <summary>Measures text-scrape cleaning on the annotated dev pages: page dates, and no gold party or item lost.</summary>
public sealed partial class DevCorpusTextTests
{
    private static string Dev => RepoPaths.SharedPath("corpus", "dev");

    [IngestSharedDataFact("corpus", "dev")]
    public void Page_dates_of_the_dev_corpus_match_gold_for_at_least_95_percent()
    {
        var total = 0;
        var exact = 0;
        var misses = new List<string>();
        foreach (var (path, gold) in GoldPages())
        {
            var expected = gold.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            var got = TestDocuments.CleanText(path).Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            total++;
            if (got == expected)
            {
                exact++;
            }
            else
            {
                misses.Add($"{Path.GetFileName(path)}: gold {expected ?? "null"}, got {got ?? "null"}");
            }
        }
        Assert.True(total >= 50, $"only {total} gold pages found");
        Assert.True(exact >= 0.95 * total, $"{exact}/{total} exact; misses: {string.Join("; ", misses)}");
    }

    [IngestSharedDataFact("corpus", "dev")]
    public void Cleaning_keeps_every_gold_party_and_item_of_the_dev_corpus()
    {
        var lost = new List<string>();
        foreach (var (path, gold) in GoldPages())
        {
            var article = TestDocuments.CleanText(path);
            var text = Squeeze(article.Title + "\n" + article.Text);
            foreach (var agreement in gold.GetProperty("agreements").EnumerateArray())
            {
                foreach (var party in agreement.GetProperty("parties").EnumerateArray())
                {
                    var name = Squeeze(party.GetProperty("name").GetString()!);
                    if (!text.Contains(name, StringComparison.Ordinal))
                    {
                        lost.Add($"{Path.GetFileName(path)} party {name}");
                    }
                }
                foreach (var item in agreement.GetProperty("items").EnumerateArray())
                {
                    var itemText = Squeeze(item.GetString()!);
                    if (!text.Contains(itemText, StringComparison.Ordinal))
                    {
                        lost.Add($"{Path.GetFileName(path)} item {itemText}");
                    }
                }
            }
        }
        Assert.True(lost.Count == 0, string.Join("\n", lost));
    }

    private static IEnumerable<(string Path, JsonElement Gold)> GoldPages()
    {
        foreach (var path in Directory.GetFiles(Dev, "*.txt").Order(StringComparer.Ordinal))
        {
            var goldPath = Path.ChangeExtension(path, ".gold.json");
            if (!File.Exists(goldPath))
            {
                continue;
            }
            using var doc = JsonDocument.Parse(File.ReadAllText(goldPath));
            var root = doc.RootElement.Clone();
            if (root.TryGetProperty("exclude", out var ex) && ex.ValueKind == JsonValueKind.True)
            {
                continue;
            }
            yield return (path, root);
        }
    }

    private static string Squeeze(string s) => Whitespace().Replace(s.Normalize(System.Text.NormalizationForm.FormC), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
