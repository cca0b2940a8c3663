using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Extraction.Cli.Jobs;
using Extraction.Index.Postgres;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>agreements enqueue PATH... --db postgres://…</c>: records inputs as jobs in the store's queue for workers
/// to take: a file per job, an uncompressed WARC cut into runs of records by byte offset. Enqueuing what is
/// already queued adds nothing.
/// </summary>
internal static class EnqueueCommand
{
    public static Command Create(CliContext cli)
    {
        var paths = CommonOptions.Paths();
        var db = CommonOptions.Db(cli);
        var perJob = CommonOptions.Count("--records-per-job", "WARC records per job (a big crawl spreads over workers)", 100);
        var command = new Command("enqueue", "Queue files, folders and WARC record ranges as jobs in a PostgreSQL store, for `agreements worker`") { paths, db, perJob };
        command.SetAction(parse =>
        {
            var reporter = cli.Reporter(parse);
            var connection = QueueStore.RequirePostgres(parse.GetRequiredValue(db), "enqueue");
            using var queue = new PostgresJobQueue(connection, "enqueue", JobTuning.Lease, JobTuning.Backoff);
            var planner = new JobPlanner(parse.GetValue(perJob), reporter);
            var clock = Stopwatch.StartNew();
            var planned = 0;
            var added = queue.Enqueue(planner.Plan(parse.GetRequiredValue(paths)).Select(job =>
            {
                planned++;
                return job;
            }));
            var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
            if (!reporter.Quiet)
            {
                var warc = planner.Records > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({planner.Records} WARC records)") : "";
                cli.Console.Out.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"queued {added} jobs from {planner.Files} files{warc}; {planned - added} were already queued; {seconds:F2} s ({planned / seconds:F0} jobs/s)"));
            }
            return planner.Errors > 0 ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }
}
