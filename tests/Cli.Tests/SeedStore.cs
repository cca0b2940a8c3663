namespace Extraction.Cli.Tests;

/// <summary>A SQLite store holding the five seeds, ingested once per test class that uses it as a fixture.</summary>
public sealed class SeedStore : IDisposable
{
    private readonly TempFolder folder = new();

    public SeedStore()
    {
        Db = folder.File("seeds.db");
        var run = CliRun.Of("ingest", RepoPaths.Seeds, "--db", Db);
        if (run.ExitCode != ExitCodes.Success)
        {
            throw new InvalidOperationException("ingesting the seeds failed: " + run.Error);
        }
    }

    public string Db { get; }

    public void Dispose() => folder.Dispose();
}
