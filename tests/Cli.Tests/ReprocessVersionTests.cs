using System.Text.Json;

namespace Extraction.Cli.Tests;

/// <summary>reprocess brings older rows up to this extractor and never takes newer ones down to it.</summary>
public sealed class ReprocessVersionTests
{
    [Fact]
    public void Reprocess_never_downgrades_rows_a_newer_extractor_wrote()
    {
        using var dir = new TempFolder();
        var db = dir.File("v.db");
        CliRun.Of("ingest", RepoPaths.Seeds, "--db", db);
        using (var store = Index.AgreementStore.Open(db))
        {
            var all = store.All().ToList();
            store.Upsert(all[0] with { ExtractorVersion = "0.0.1" });
            foreach (var article in all.Skip(1))
            {
                store.Upsert(article with { ExtractorVersion = "99.0.0" });
            }
        }

        var run = CliRun.Of("reprocess", "--db", db);

        Assert.Contains("articles: 1,", run.Out, StringComparison.Ordinal);
        var versions = CliRun.Of("export", "--db", db).OutLines
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("extractor_version").GetString())
            .ToList();
        Assert.Equal(4, versions.Count(v => v == "99.0.0"));
        Assert.Equal(1, versions.Count(v => v == Extract.AgreementExtractor.Version));
    }
}
