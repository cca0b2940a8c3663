using System.Text.Json;
using Extraction.Index.Postgres;

namespace Extraction.Cli.Tests;

/// <summary>The queue commands on PostgreSQL: enqueue, worker, jobs, reprocess as jobs, quarantine; and their refusal on SQLite.</summary>
[Collection(nameof(JobQueueTests))] // sets the queue's timing variables for the process
public sealed class JobQueueTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Queue_commands_on_a_sqlite_file_say_they_need_postgresql()
    {
        var db = folder.File("s.db");

        var enqueue = CliRun.Of("enqueue", RepoPaths.Seeds, "--db", db);
        var worker = CliRun.Of("worker", "--db", db);

        Assert.Equal(ExitCodes.UserError, enqueue.ExitCode);
        Assert.Contains("enqueue needs a PostgreSQL store", enqueue.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UserError, worker.ExitCode);
        Assert.False(File.Exists(db));
    }

    [PostgresFact]
    public void Enqueuing_the_same_inputs_again_adds_no_job()
    {
        using var database = new ScratchDatabase();

        var first = CliRun.Of("enqueue", RepoPaths.Seeds, "--db", database.ConnectionString);
        var again = CliRun.Of("enqueue", RepoPaths.Seeds, "--db", database.ConnectionString);

        var files = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Length;
        Assert.StartsWith($"queued {files} jobs", first.Out, StringComparison.Ordinal);
        Assert.StartsWith($"queued 0 jobs from {files} files; {files} were already queued", again.Out, StringComparison.Ordinal);
        Assert.Equal(files, database.Count("SELECT count(*) FROM jobs"));
    }

    [PostgresFact]
    public void An_input_that_fails_three_times_is_quarantined_with_its_error_and_the_others_are_stored()
    {
        Environment.SetEnvironmentVariable("AGREEMENTS_JOB_BACKOFF", "0.05");
        Environment.SetEnvironmentVariable("AGREEMENTS_JOB_POLL", "50");
        using var database = new ScratchDatabase();
        var inputs = Directory.CreateDirectory(folder.File("inputs")).FullName;
        foreach (var seed in Directory.GetFiles(RepoPaths.Seeds, "*.txt"))
        {
            File.Copy(seed, Path.Combine(inputs, Path.GetFileName(seed)));
        }
        File.WriteAllText(Path.Combine(inputs, "blank.txt"), "   \n");
        CliRun.Of("enqueue", inputs, "--db", database.ConnectionString);

        var worker = CliRun.Of("worker", "--db", database.ConnectionString, "--drain", "-j", "1");
        var jobs = CliRun.Of("jobs", "--db", database.ConnectionString);

        Assert.Equal(ExitCodes.Failure, worker.ExitCode);
        Assert.Contains("blank.txt: attempt 1 of 3 failed", worker.Error, StringComparison.Ordinal);
        Assert.Contains("blank.txt: quarantined after 3 attempts", worker.Error, StringComparison.Ordinal);
        Assert.Equal(Directory.GetFiles(RepoPaths.Seeds, "*.txt").Length, database.Count("SELECT count(*) FROM articles"));
        Assert.Contains(jobs.OutLines, l => l.StartsWith("failed", StringComparison.Ordinal) && l.Contains(" 1 ", StringComparison.Ordinal));
        Assert.Contains(jobs.OutLines, l => l.StartsWith("failed: ", StringComparison.Ordinal) && l.Contains("blank.txt: 3 attempts", StringComparison.Ordinal) && l.Contains("not a page", StringComparison.Ordinal));
    }

    [PostgresFact]
    public void Reprocess_on_postgresql_queues_older_articles_and_a_worker_brings_them_up_to_date()
    {
        using var database = new ScratchDatabase();
        CliRun.Of("enqueue", RepoPaths.Seeds, "--db", database.ConnectionString);
        Assert.Equal(ExitCodes.Success, CliRun.Of("worker", "--db", database.ConnectionString, "--drain").ExitCode);
        using (var store = new PostgresAgreementStore(database.ConnectionString, null, searchIndex: false))
        {
            var all = store.All().ToList();
            store.Upsert(all[0] with { ExtractorVersion = "99.0.0" });
            foreach (var article in all.Skip(1))
            {
                store.Upsert(article with { ExtractorVersion = "0.0.1" });
            }
        }
        var older = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Length - 1;

        var reprocess = CliRun.Of("reprocess", "--db", database.ConnectionString);
        var before = database.Count("SELECT count(*) FROM articles WHERE extractor_version = '0.0.1'");
        var worker = CliRun.Of("worker", "--db", database.ConnectionString, "--drain");

        Assert.StartsWith($"queued 1 reprocess jobs for {older} articles", reprocess.Out, StringComparison.Ordinal);
        Assert.Equal(older, before);
        Assert.Equal(ExitCodes.Success, worker.ExitCode);
        Assert.Equal(older, database.Count($"SELECT count(*) FROM articles WHERE extractor_version = '{Extract.AgreementExtractor.Version}'"));
        Assert.Equal(1, database.Count("SELECT count(*) FROM articles WHERE extractor_version = '99.0.0'"));
        Assert.Equal(0, database.Count("SELECT count(*) FROM jobs WHERE state <> 'done'"));
    }
}
