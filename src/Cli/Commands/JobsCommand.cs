using System.CommandLine;
using System.Globalization;
using Extraction.Cli.Jobs;
using Extraction.Index.Postgres;

namespace Extraction.Cli.Commands;

/// <summary><c>agreements jobs --db postgres://…</c>: the queue's jobs by state, the last minute's rate, and the quarantined ones with their errors.</summary>
internal static class JobsCommand
{
    private const int FailedShown = 20;

    public static Command Create(CliContext cli)
    {
        var db = CommonOptions.Db(cli);
        var command = new Command("jobs", "Show the job queue of a PostgreSQL store: queued, running, done, failed, and the rate") { db };
        command.SetAction(parse =>
        {
            var connection = QueueStore.RequirePostgres(parse.GetRequiredValue(db), "jobs");
            using var queue = new PostgresJobQueue(connection, "jobs", JobTuning.Lease, JobTuning.Backoff);
            var c = queue.Counts();
            var o = cli.Console.Out;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"queued   {c.Queued,9:N0}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"running  {c.Running,9:N0}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done     {c.Done,9:N0}   articles stored {c.ArticlesDone:N0}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"failed   {c.Failed,9:N0}   (quarantined after {PostgresJobQueue.MaxAttempts} attempts)"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"last minute: {c.DoneLastMinute:N0} jobs, {c.ArticlesLastMinute:N0} articles ({c.ArticlesLastMinute / 60.0:F1} articles/s)"));
            foreach (var (what, attempts, error) in queue.Failed(FailedShown))
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"failed: {what}: {attempts} attempts: {error}"));
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
