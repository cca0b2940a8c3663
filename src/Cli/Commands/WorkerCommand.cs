using System.CommandLine;
using System.Globalization;
using Extraction.Cli.Jobs;
using Extraction.Cli.Pipeline;
using Extraction.Index.Postgres;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>agreements worker --db postgres://… [-j N] [--drain]</c>: takes jobs from the store's queue (see
/// <c>enqueue</c>), runs Ingest → Extract → store on them and marks them done; any number run at once, on any
/// number of machines. Stops after its current batch on SIGTERM or Ctrl+C.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create(CliContext cli)
    {
        var db = CommonOptions.Db(cli);
        var threads = CommonOptions.Count("--jobs", "Cleaning and extraction threads in this worker (default: one per core)", Environment.ProcessorCount, 1024);
        threads.Aliases.Add("-j");
        var drain = new Option<bool>("--drain") { Description = "Exit once nothing is queued or running (default: wait for more work)" };
        var limits = new LimitOptions();
        var command = new Command("worker", "Take queued jobs from a PostgreSQL store and ingest them (run as many as you like)") { db, threads, drain };
        limits.AddTo(command);
        command.SetAction(parse =>
        {
            var reporter = cli.Reporter(parse);
            var connection = QueueStore.RequirePostgres(parse.GetRequiredValue(db), "worker");
            using var store = QueueStore.OpenForWorker(connection);
            var name = $"{Environment.MachineName}/{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}";
            using var queue = new PostgresJobQueue(connection, name, JobTuning.Lease, JobTuning.Backoff);
            var workers = parse.GetValue(threads);
            var pipeline = new ArticlePipeline(limits.Read(parse), store.NearDuplicates)
            {
                Stored = new StoredInputs(store.InputHashes()),
                KeyedSources = true,
                Workers = workers,
            };
            var worker = new Worker(queue, new JobBatch(store, pipeline, limits.Read(parse), workers), reporter);
            reporter.Status($"worker {name}: taking jobs");
            var totals = worker.Run(parse.GetValue(drain));
            var rate = totals.Articles / Math.Max(totals.Elapsed.TotalSeconds, 0.001);
            if (!reporter.Quiet)
            {
                cli.Console.Out.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"worker {name}: jobs done {totals.JobsDone}, retried {totals.JobsRetried}, quarantined {totals.JobsQuarantined}; articles stored {totals.Articles}, unchanged {totals.Unchanged}; {totals.Elapsed.TotalSeconds:F1} s ({rate:F0} articles/s)"));
            }
            return totals.JobsQuarantined > 0 ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }
}
