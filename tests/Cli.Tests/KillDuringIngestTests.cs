using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Extraction.Cli.Tests;

/// <summary>
/// A real child process is killed (SIGKILL) in the middle of an ingest, then the same ingest runs again: the store
/// holds every input exactly once and search agrees with it.
/// </summary>
public sealed class KillDuringIngestTests : IDisposable
{
    private const int Pages = 400;
    private const string Marker = "ghi chú";
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Ingest_killed_then_run_again_stores_every_input_once_and_search_agrees()
    {
        var inputs = Directory.CreateDirectory(folder.File("inputs")).FullName;
        var words = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var random = new Random(20261204);
        for (var i = 0; i < Pages; i++)
        {
            // Each page its own word salad (no two are near-duplicates, so search shows them all), findable by one phrase.
            var body = string.Join(' ', Enumerable.Range(0, 120).Select(_ => words[random.Next(words.Length)]));
            File.WriteAllText(Path.Combine(inputs, $"{i:D4}.txt"), $"Bản tin số {i}\n\n{body} {Marker}.\n");
        }
        var db = folder.File("store.db");

        var stored = KilledMidway(inputs, db);
        var rerun = CliRun.Of("ingest", inputs, "--db", db);

        Assert.Equal(ExitCodes.Success, rerun.ExitCode);
        Assert.InRange(stored, 1, Pages - 1);
        Assert.Contains($"unchanged (already stored, skipped): {stored}", rerun.Out, StringComparison.Ordinal);
        var records = CliRun.Of("export", "--db", db).OutLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(Pages, records.Count);
        Assert.Equal(Pages, records.Select(r => r.GetProperty("source").GetString()).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Pages, records.Select(r => r.GetProperty("id").GetString()).Distinct(StringComparer.Ordinal).Count());
        var visible = records.Count(r => r.GetProperty("duplicate_of").ValueKind == JsonValueKind.Null);
        Assert.True(visible > Pages * 9 / 10, $"only {visible} of {Pages} pages head their own group: the test pages are too alike");
        var search = CliRun.Of("search", $"\"{Marker}\"", "--articles", "--json", "--db", db);
        Assert.True(search.ExitCode == ExitCodes.Success, search.Error);
        using var found = JsonDocument.Parse(search.Out);
        Assert.Equal(visible, found.RootElement.GetProperty("total").GetInt32());
    }

    /// <summary>Starts the CLI as a child process, kills it once some articles are committed, and says how many were.</summary>
    private static int KilledMidway(string inputs, string db)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Extraction.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { cli, "ingest", inputs, "--db", db, "--quiet" })
        {
            start.ArgumentList.Add(arg);
        }
        // Small batches, so several commits land before the kill.
        start.Environment["AGREEMENTS_INGEST_BATCH"] = "20";
        using var child = Process.Start(start)!;
        var clock = Stopwatch.StartNew();
        var stored = 0;
        while (!child.HasExited && clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            stored = CountStored(db);
            if (stored >= 40)
            {
                child.Kill();
                break;
            }
            Thread.Sleep(20);
        }
        child.WaitForExit();
        Assert.True(stored >= 40, "the child finished before it could be killed midway");
        return CountStored(db);
    }

    private static int CountStored(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }
        // A read-only connection of its own: the writer is not disturbed, and sees no schema writes.
        SQLitePCL.Batteries_V2.Init();
        try
        {
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var count = connection.CreateCommand();
            count.CommandText = "SELECT count(*) FROM articles";
            return Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // not created yet, or busy: ask again
        }
    }
}
