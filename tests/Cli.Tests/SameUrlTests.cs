using System.Text.Json;

namespace Extraction.Cli.Tests;

/// <summary>Two records carrying one URL are one stored article; when their pages differ, the replacement is reported.</summary>
public sealed class SameUrlTests
{
    private const string Url = "https://example.vn/tin/ky-ket";

    [Fact]
    public void A_different_page_under_a_url_seen_earlier_in_the_run_is_reported_and_replaces_it()
    {
        using var dir = new TempFolder();
        var (run, db) = IngestTwoRecords(dir, SeedText(1), SeedText(2));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var warning = Assert.Single(run.ErrorLines, l => l.Contains(Url, StringComparison.Ordinal));
        Assert.StartsWith("warning: ", warning, StringComparison.Ordinal);
        Assert.Contains(dir.File("a.jsonl"), warning, StringComparison.Ordinal);
        Assert.Contains(dir.File("b.jsonl"), warning, StringComparison.Ordinal);
        Assert.Contains("replaced by a later page with the same URL: 1", run.Out, StringComparison.Ordinal);
        Assert.Single(CliRun.Of("export", "--db", db).OutLines);
    }

    [Fact]
    public void The_same_page_twice_under_one_url_is_stored_once_without_a_warning()
    {
        using var dir = new TempFolder();
        var (run, db) = IngestTwoRecords(dir, SeedText(1), SeedText(1));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain("warning", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("replaced", run.Out, StringComparison.Ordinal);
        Assert.Single(CliRun.Of("export", "--db", db).OutLines);
    }

    [Fact]
    public void Re_ingesting_a_url_from_an_earlier_run_is_not_a_collision()
    {
        using var dir = new TempFolder();
        WriteRecord(dir.File("a.jsonl"), SeedText(1));
        var db = dir.File("x.db");
        Assert.Equal(ExitCodes.Success, CliRun.Of("ingest", dir.File("a.jsonl"), "--db", db).ExitCode);
        WriteRecord(dir.File("a.jsonl"), SeedText(2));

        var run = CliRun.Of("ingest", dir.File("a.jsonl"), "--db", db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain("warning", run.Error, StringComparison.Ordinal);
        Assert.Single(CliRun.Of("export", "--db", db).OutLines);
    }

    /// <summary>Ingests a.jsonl and b.jsonl, one record each under the same URL, in one run.</summary>
    private static (CliRun Run, string Db) IngestTwoRecords(TempFolder dir, string first, string second)
    {
        WriteRecord(dir.File("a.jsonl"), first);
        WriteRecord(dir.File("b.jsonl"), second);
        var db = dir.File("x.db");
        return (CliRun.Of("ingest", dir.Path, "--db", db), db);
    }

    private static string SeedText(int n) =>
        File.ReadAllText(Directory.GetFiles(RepoPaths.Seeds, $"{n:000}_*.txt").Single());

    private static void WriteRecord(string path, string text) =>
        File.WriteAllText(path, JsonSerializer.Serialize(new { url = Url, text }) + "\n");
}
