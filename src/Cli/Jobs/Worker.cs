using System.Diagnostics;
using System.Runtime.InteropServices;
using Extraction.Index.Postgres;

namespace Extraction.Cli.Jobs;

/// <summary>What a worker did, for its closing line.</summary>
internal sealed record WorkerTotals(int JobsDone, int JobsRetried, int JobsQuarantined, int Articles, int Unchanged, TimeSpan Elapsed);

/// <summary>
/// A worker's loop: claim a batch of jobs, run it, mark each job done or failed, again, until told to stop
/// (SIGTERM or Ctrl+C: the current batch is finished and marked first) or, with drain, until the queue holds
/// nothing queued or running. A heartbeat renews the lease of the held jobs while a batch runs, so only a
/// worker that died loses them to the others.
/// </summary>
internal sealed class Worker(PostgresJobQueue queue, JobBatch batch, Reporter reporter)
{
    private readonly CancellationTokenSource stop = new();

    public WorkerTotals Run(bool drain)
    {
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        var beat = JobTuning.Lease / 3;
        using var heartbeat = new Timer(_ => Beat(), null, beat, beat);
        var clock = Stopwatch.StartNew();
        int done = 0, retried = 0, quarantined = 0, articles = 0, unchanged = 0;
        while (!stop.IsCancellationRequested)
        {
            var jobs = ClaimBatch();
            if (jobs.Count == 0)
            {
                if (drain && queue.Counts() is { Queued: 0, Running: 0 })
                {
                    break;
                }
                stop.Token.WaitHandle.WaitOne(JobTuning.Poll);
                continue;
            }
            Dictionary<long, JobOutcome> outcomes;
            try
            {
                outcomes = batch.Run(jobs);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Not one input's fault (the store went away, say): the jobs go back with the error, and this worker stops.
                foreach (var job in jobs)
                {
                    queue.Fail(job.Id, $"worker {queue.Worker} failed: {e.Message}");
                }
                throw;
            }
            foreach (var job in jobs)
            {
                var outcome = outcomes[job.Id];
                articles += outcome.Stored;
                unchanged += outcome.Unchanged;
                if (outcome.Errors.Count == 0)
                {
                    queue.Complete(job.Id, outcome.Stored);
                    done++;
                    continue;
                }
                queue.Fail(job.Id, outcome.ErrorText);
                var what = PostgresJobQueue.Describe(job.Spec);
                if (job.Attempt >= PostgresJobQueue.MaxAttempts)
                {
                    quarantined++;
                    reporter.Error(what, $"quarantined after {job.Attempt} attempts: {outcome.ErrorText}");
                }
                else
                {
                    retried++;
                    reporter.Warning($"{what}: attempt {job.Attempt} of {PostgresJobQueue.MaxAttempts} failed, queued again: {outcome.ErrorText}");
                }
            }
            reporter.Detail($"worker {queue.Worker}: {jobs.Count} jobs, {outcomes.Values.Sum(o => o.Stored)} articles stored");
        }
        return new WorkerTotals(done, retried, quarantined, articles, unchanged, clock.Elapsed);
    }

    /// <summary>A batch: many whole-file jobs (a page each, mostly), or a few WARC ranges or reprocess runs.</summary>
    private List<ClaimedJob> ClaimBatch()
    {
        var first = queue.Claim(1);
        if (first.Count == 0)
        {
            return [];
        }
        var whole = first[0].Spec is { Kind: PostgresJobQueue.InputJob, RangeEnd: < 0 };
        return [.. first, .. queue.Claim((whole ? JobTuning.FilesPerBatch : JobTuning.RangesPerBatch) - 1)];
    }

    private void Beat()
    {
        try
        {
            queue.Heartbeat();
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException)
        {
            // A missed beat is not fatal: the lease outlasts two more; if the server is gone, the batch's own writes fail and say so.
            reporter.Warning($"worker {queue.Worker}: heartbeat failed: {e.Message}");
        }
    }

    private void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        if (!stop.IsCancellationRequested)
        {
            reporter.Status($"worker {queue.Worker}: stopping after the current batch");
            stop.Cancel();
        }
    }
}
