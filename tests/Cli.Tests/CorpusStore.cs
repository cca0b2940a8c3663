namespace Extraction.Cli.Tests;

/// <summary>A SQLite store of the seeds and the team's corpus, ingested once for the class.</summary>
public sealed class CorpusStore : IDisposable
{
    private readonly TempFolder folder = new();

    public CorpusStore()
    {
        Db = folder.File("corpus.db");
        var run = CliRun.Of("ingest", RepoPaths.Seeds, RepoPaths.Corpus, "--db", Db);
        if (run.ExitCode != ExitCodes.Success)
        {
            throw new InvalidOperationException("ingesting failed: " + run.Error);
        }
    }

    public string Db { get; }

    public void Dispose() => folder.Dispose();
}
