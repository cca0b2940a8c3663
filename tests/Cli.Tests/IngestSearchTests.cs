using System.Text.Json;

namespace Extraction.Cli.Tests;

/// <summary>The main job end to end through the entry point: ingest the seeds, then search, show, export.</summary>
public sealed class IngestSearchTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string db;

    public IngestSearchTests() => db = folder.File("store.db");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Unaccented_query_finds_the_seed_agreements_on_poverty_reduction()
    {
        Assert.Equal(ExitCodes.Success, CliRun.Of("ingest", RepoPaths.Seeds, "--db", db).ExitCode);

        var run = CliRun.Of("search", "giam ngheo", "--db", db, "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var sources = doc.RootElement.GetProperty("hits").EnumerateArray().Select(h => Path.GetFileName(h.GetProperty("source").GetString()!)).ToList();
        Assert.Contains(sources, s => s.StartsWith("001_", StringComparison.Ordinal));
        Assert.Contains(sources, s => s.StartsWith("003_", StringComparison.Ordinal));
        Assert.DoesNotContain(sources, s => s.StartsWith("004_", StringComparison.Ordinal));
    }

    [Fact]
    public void Ingesting_the_same_files_twice_skips_them_and_never_duplicates()
    {
        CliRun.Of("ingest", RepoPaths.Seeds, "--db", db);
        var first = CliRun.Of("export", "--db", db).OutLines.Length;

        var again = CliRun.Of("ingest", RepoPaths.Seeds, "--db", db);

        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Contains("articles: 0", again.Out, StringComparison.Ordinal);
        Assert.Contains("unchanged (already stored, skipped): 5", again.Out, StringComparison.Ordinal);
        Assert.Equal(5, first);
        Assert.Equal(first, CliRun.Of("export", "--db", db).OutLines.Length);
    }

    [Fact]
    public void Malformed_query_exits_1_with_a_message_and_the_store_stays_intact()
    {
        CliRun.Of("ingest", RepoPaths.Seeds, "--db", db);

        var run = CliRun.Of("search", "\"giam ngheo", "--db", db);
        var sql = CliRun.Of("search", "x'; DROP TABLE articles; --", "--db", db);

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("query", run.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UserError, sql.ExitCode);
        Assert.Equal(5, CliRun.Of("export", "--db", db).OutLines.Length);
    }

    [Fact]
    public void Show_text_gives_back_each_evidence_span_of_a_hit()
    {
        CliRun.Of("ingest", RepoPaths.Seeds, "--db", db);
        using var doc = JsonDocument.Parse(CliRun.Of("search", "Hai Duong", "--db", db, "--json").Out);
        var hit = doc.RootElement.GetProperty("hits")[0];

        var text = CliRun.Of("show", hit.GetProperty("article_id").GetString()!, "--text", "--db", db).Out;

        var evidence = hit.GetProperty("evidence");
        var sentence = text[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()];
        Assert.Contains("Hải Dương", sentence, StringComparison.Ordinal);
        Assert.Contains("ký kết", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_writes_one_contract_line_per_article_and_csv_one_row_per_agreement()
    {
        CliRun.Of("ingest", RepoPaths.Seeds, "--db", db);

        var jsonl = CliRun.Of("export", "--db", db);
        var csv = CliRun.Of("export", "--format", "csv", "--db", db);

        var agreements = jsonl.OutLines.Sum(l => JsonDocument.Parse(l).RootElement.GetProperty("agreements").GetArrayLength());
        Assert.Equal(5, jsonl.OutLines.Length);
        var rows = csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.Contains("seeds", StringComparison.Ordinal));
        Assert.Equal(agreements, rows);
    }

    [Fact]
    public void Reprocess_on_a_current_store_changes_nothing()
    {
        CliRun.Of("ingest", RepoPaths.Seeds, "--db", db);
        var before = CliRun.Of("export", "--db", db).Out;

        var run = CliRun.Of("reprocess", "--db", db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("articles: 0", run.Out, StringComparison.Ordinal);
        Assert.Equal(before, CliRun.Of("export", "--db", db).Out);
    }

    [Fact]
    public void Reprocess_re_extracts_rows_an_older_extractor_wrote_from_the_stored_text()
    {
        CliRun.Of("ingest", RepoPaths.Seeds, "--db", db);
        using (var store = Index.AgreementStore.Open(db))
        {
            foreach (var article in store.All().ToList())
            {
                store.Upsert(article with { ExtractorVersion = "0.0.1", Agreements = [], IsAgreement = false });
            }
        }

        var run = CliRun.Of("reprocess", "--db", db);
        var again = CliRun.Of("reprocess", "--db", db);

        Assert.Contains("articles: 5", run.Out, StringComparison.Ordinal);
        Assert.Contains("articles: 0", again.Out, StringComparison.Ordinal);
        var lines = CliRun.Of("export", "--db", db).OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, lines.Count);
        Assert.All(lines, l => Assert.Equal(Extract.AgreementExtractor.Version, l.GetProperty("extractor_version").GetString()));
        Assert.Equal(4, lines.Count(l => l.GetProperty("is_agreement").GetBoolean()));
    }

    [Fact]
    public void Stats_counts_the_seed_agreements_by_kind()
    {
        CliRun.Of("ingest", RepoPaths.Seeds, "--db", db);

        var run = CliRun.Of("stats", "--db", db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("articles: 5", run.Out, StringComparison.Ordinal);
        Assert.Contains("Chương trình phối hợp", run.Out, StringComparison.Ordinal);
    }
}
