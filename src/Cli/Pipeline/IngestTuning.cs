namespace Extraction.Cli.Pipeline;

/// <summary>
/// Internal knobs for measuring the write path (bench/ingest-speed.sh), read from the environment; not part of
/// the command line. AGREEMENTS_INGEST_WORKERS=1 gives the sequential run; AGREEMENTS_INGEST_BATCH sets the
/// articles per commit.
/// </summary>
internal static class IngestTuning
{
    public static int Workers => Read("AGREEMENTS_INGEST_WORKERS", 0);

    public static int BatchArticles => Read("AGREEMENTS_INGEST_BATCH", 500);

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;
}
