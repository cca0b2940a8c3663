using System.Text.Json;
using Extraction.Extract.Tests.Support;

namespace Extraction.Extract.Tests.Corpus;

/// <summary>
/// The held-out gold sets (bench/heldout-news, bench/heldout-politics, bench/heldout-politics2) keep their shape: each
/// file names a record of its VNTC file, a page without a signing lists no agreement, and every side is a verbatim
/// mention, so the scorer's figures on them mean what their READMEs say. Nothing here runs the extractor on them: they
/// stay unread by rules.
/// </summary>
public sealed class HeldOutGoldTests
{
    [ExtractSharedDataTheory]
    [InlineData("heldout-news", "vntc-other-topics-sample.jsonl", 82)]
    [InlineData("heldout-politics", "vntc-chinh-tri-xa-hoi.jsonl", 100)]
    [InlineData("heldout-politics2", "vntc-chinh-tri-xa-hoi.jsonl", 83)]
    public void Every_held_out_gold_names_a_record_and_its_sides_verbatim(string set, string records, int expected)
    {
        var texts = File.ReadLines(SharedData.Path("data", "vntc-news", records))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
            .ToList();
        var golds = Directory.GetFiles(System.IO.Path.Combine(RepoPaths.Root, "bench", set), "*.gold.json");
        Assert.Equal(expected, golds.Length);
        var problems = new List<string>();
        foreach (var path in golds)
        {
            var name = System.IO.Path.GetFileName(path);
            var index = int.Parse(name.AsSpan(1, name.IndexOf('.', StringComparison.Ordinal) - 1), System.Globalization.CultureInfo.InvariantCulture);
            using var gold = JsonDocument.Parse(File.ReadAllText(path));
            var root = gold.RootElement;
            var agreements = root.GetProperty("agreements").EnumerateArray().ToList();
            if (root.GetProperty("is_agreement").GetBoolean() == (agreements.Count == 0))
            {
                problems.Add($"{name}: is_agreement disagrees with its {agreements.Count} agreements");
            }
            var text = texts[index];
            foreach (var party in agreements.SelectMany(a => a.GetProperty("parties").EnumerateArray()))
            {
                var mention = party.GetProperty("name").GetString()!;
                if (!text.Contains(mention, StringComparison.Ordinal))
                {
                    problems.Add($"{name}: side \"{mention}\" is not in record {index}");
                }
            }
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void The_second_politics_draw_shares_no_record_with_the_first()
    {
        static HashSet<string> Records(string set) => Directory.GetFiles(System.IO.Path.Combine(RepoPaths.Root, "bench", set), "*.gold.json")
            .Select(path => System.IO.Path.GetFileName(path)[1..].Split('.')[0])
            .ToHashSet(StringComparer.Ordinal);

        var first = Records("heldout-politics");
        var second = Records("heldout-politics2");

        Assert.Equal(100, first.Count);
        Assert.Equal(83, second.Count);
        Assert.Empty(first.Intersect(second).Order(StringComparer.Ordinal));
    }
}
