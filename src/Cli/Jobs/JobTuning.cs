namespace Extraction.Cli.Jobs;

/// <summary>
/// The queue's timings, read from the environment (tests shorten them; a team rarely needs to): how long a
/// claimed job stays a worker's without a heartbeat (AGREEMENTS_JOB_LEASE, seconds, default 60), the wait
/// before a failed job's second attempt (AGREEMENTS_JOB_BACKOFF, seconds, default 10; each later one waits 4x
/// more), and how often an idle worker looks for work (AGREEMENTS_JOB_POLL, milliseconds, default 1000).
/// </summary>
internal static class JobTuning
{
    public static TimeSpan Lease => TimeSpan.FromSeconds(Read("AGREEMENTS_JOB_LEASE", 60));

    public static TimeSpan Backoff => TimeSpan.FromSeconds(Read("AGREEMENTS_JOB_BACKOFF", 10));

    public static TimeSpan Poll => TimeSpan.FromMilliseconds(Read("AGREEMENTS_JOB_POLL", 1000));

    /// <summary>Whole-file jobs (a page each, mostly) a worker takes at once: one batch, one commit.</summary>
    public const int FilesPerBatch = 64;

    /// <summary>WARC ranges or reprocess runs (a few hundred articles each) a worker takes at once.</summary>
    public const int RangesPerBatch = 4;

    private static double Read(string name, double fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable(name), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
}
