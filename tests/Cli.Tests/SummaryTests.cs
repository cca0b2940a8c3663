using System.Text.Json;

namespace Extraction.Cli.Tests;

/// <summary>Summaries count files and records apart, and the agreement totals of ingest, stats and export reconcile.</summary>
public sealed class SummaryTests
{
    [Fact]
    public void The_summary_counts_files_and_records_separately()
    {
        using var dir = new TempFolder();
        var text = File.ReadAllText(Directory.GetFiles(RepoPaths.Seeds, "001_*.txt").Single());
        var lines = Enumerable.Range(1, 3).Select(i => JsonSerializer.Serialize(new { url = $"https://a.vn/{i}", text = text + i })).ToList();
        lines.Insert(1, JsonSerializer.Serialize(new { url = "https://a.vn/empty", text = "" })); // a record that is not a page
        File.WriteAllLines(dir.File("pages.jsonl"), lines);

        var run = CliRun.Of("extract", dir.File("pages.jsonl"), RepoPaths.Seeds);

        Assert.Contains("files: 6, records: 9, articles: 8", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_stats_and_export_totals_agree_and_name_the_hidden_duplicate_copies()
    {
        using var dir = new TempFolder();
        var inputs = Directory.CreateDirectory(dir.File("in")).FullName;
        var seed = Directory.GetFiles(RepoPaths.Seeds, "003_*.txt").Single();
        File.Copy(seed, Path.Combine(inputs, "a.txt"));
        File.Copy(seed, Path.Combine(inputs, "b.txt")); // a syndicated copy
        var db = dir.File("d.db");

        var ingest = CliRun.Of("ingest", inputs, "--db", db);
        var stats = CliRun.Of("stats", "--db", db);
        var export = CliRun.Of("export", "--db", db, "--out", dir.File("e.jsonl"));

        Assert.Contains("agreements: 2 (1 in duplicate copies, hidden in search and stats)", ingest.Out, StringComparison.Ordinal);
        Assert.StartsWith("articles: 2, agreements: 1 (and 1 in duplicate copies, hidden)", stats.Out, StringComparison.Ordinal);
        Assert.Contains("(2 agreements, 1 of them in duplicate copies)", export.Error, StringComparison.Ordinal);
    }
}
