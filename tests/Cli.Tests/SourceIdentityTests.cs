using System.Text.Json;

namespace Extraction.Cli.Tests;

/// <summary>What a stored record is: one per source however its path was typed; exact copies are records of their own.</summary>
public sealed class SourceIdentityTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string db;

    public SourceIdentityTests() => db = folder.File("store.db");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_file_typed_relative_with_dot_relative_and_absolute_is_one_source()
    {
        var page = folder.File("page.txt");
        File.Copy(Path.Combine(RepoPaths.Seeds, SeedText()), page);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, page);

        CliRun.Of("ingest", relative, "--db", db);
        var dotted = CliRun.Of("ingest", "." + Path.DirectorySeparatorChar + relative, "--db", db);
        var absolute = CliRun.Of("ingest", page, "--db", db);

        Assert.Contains("unchanged (already stored, skipped): 1", dotted.Out, StringComparison.Ordinal);
        Assert.Contains("unchanged (already stored, skipped): 1", absolute.Out, StringComparison.Ordinal);
        var records = Export();
        Assert.Single(records);
        Assert.Equal(page, records[0].Source);
    }

    [Fact]
    public void Exact_copies_are_distinct_records_pointing_at_the_first_never_at_themselves()
    {
        var text = File.ReadAllBytes(Path.Combine(RepoPaths.Seeds, SeedText()));
        File.WriteAllBytes(folder.File("a.txt"), text);
        File.WriteAllBytes(folder.File("b.txt"), text);
        File.WriteAllBytes(folder.File("c.txt"), text);

        CliRun.Of("ingest", folder.File("a.txt"), folder.File("b.txt"), folder.File("c.txt"), "--db", db);

        var records = Export();
        Assert.Equal(3, records.Count);
        Assert.Equal(3, records.Select(r => r.Id).Distinct().Count());
        var first = Assert.Single(records, r => r.Source == folder.File("a.txt"));
        Assert.Null(first.DuplicateOf);
        Assert.All(records.Where(r => r != first), r => Assert.Equal(first.Id, r.DuplicateOf));
        Assert.All(records, r => Assert.NotEqual(r.Id, r.DuplicateOf));
    }

    [Fact]
    public void Export_ids_are_unique_when_a_folder_holds_copies_of_its_pages()
    {
        foreach (var name in Directory.GetFiles(RepoPaths.Seeds, "*.txt").Take(3))
        {
            File.Copy(name, folder.File(Path.GetFileName(name)));
            File.Copy(name, folder.File("copy-" + Path.GetFileName(name)));
        }

        CliRun.Of("ingest", folder.Path, "--db", db);
        CliRun.Of("ingest", folder.Path, "--db", db);

        var records = Export();
        Assert.Equal(6, records.Count);
        Assert.Equal(records.Count, records.Select(r => r.Id).Distinct().Count());
    }

    private static string SeedText() => Path.GetFileName(Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).First());

    private List<(string Id, string Source, string? DuplicateOf)> Export()
    {
        var run = CliRun.Of("export", "--db", db);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        return run.OutLines.Select(line =>
        {
            using var doc = JsonDocument.Parse(line);
            var article = doc.RootElement;
            var dup = article.TryGetProperty("duplicate_of", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            return (article.GetProperty("id").GetString()!, article.GetProperty("source").GetString()!, dup);
        }).ToList();
    }
}
