using System.Diagnostics;
using System.Globalization;
using Extraction.Index.Postgres;
using Hangfire;
using Hangfire.PostgreSql;
using Npgsql;

namespace Extraction.QueueBench;

/// <summary>
/// The job queue measured against Hangfire (Hangfire.PostgreSql) on the same PostgreSQL, in one run, each on a
/// fresh database: jobs enqueued per second, and jobs claimed and completed per second by W consumers (no-op
/// work, so what is measured is the queue). Rounds alternate the two.
/// Usage: Extraction.QueueBench CONNECTION [JOBS=3000] [CONSUMERS=4] [ROUNDS=2]
/// </summary>
internal static class Program
{
    private static long hangfireDone;

    public static int Main(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: Extraction.QueueBench CONNECTION [JOBS] [CONSUMERS] [ROUNDS]");
            return 2;
        }
        var server = args[0];
        var jobs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3000;
        var consumers = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4;
        var rounds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2;
        Console.WriteLine($"{jobs} no-op jobs, {consumers} consumers, {rounds} rounds");
        Console.WriteLine("round engine                         enqueue jobs/s   claim+complete jobs/s");
        for (var round = 1; round <= rounds; round++)
        {
            Report(round, "jobs table, batched enqueue, claim 1", Ours(server, jobs, consumers, batchedEnqueue: true, claim: 1));
            Report(round, "jobs table, one-by-one, claim 1", Ours(server, jobs, consumers, batchedEnqueue: false, claim: 1));
            Report(round, "jobs table, batched, claim 64", Ours(server, jobs, consumers, batchedEnqueue: true, claim: 64));
            Report(round, "Hangfire 1.8 + PostgreSql 1.21", Hangfire(server, jobs, consumers));
        }
        return 0;
    }

    private static void Report(int round, string engine, (double Enqueue, double Complete) rates) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{round,5} {engine,-32} {rates.Enqueue,14:F0} {rates.Complete,23:F0}"));

    private static (double, double) Ours(string server, int jobs, int consumers, bool batchedEnqueue, int claim)
    {
        var db = Scratch(server, "qb_ours");
        var lease = TimeSpan.FromMinutes(1);
        using (var queue = new PostgresJobQueue(db, "bench", lease, TimeSpan.FromSeconds(10)))
        {
            var specs = Enumerable.Range(0, jobs).Select(i => new JobSpec(PostgresJobQueue.InputJob, $"/bench/{i}.txt")).ToList();
            var clock = Stopwatch.StartNew();
            if (batchedEnqueue)
            {
                queue.Enqueue(specs);
            }
            else
            {
                foreach (var spec in specs)
                {
                    queue.Enqueue([spec]);
                }
            }
            var enqueue = jobs / clock.Elapsed.TotalSeconds;
            clock.Restart();
            var threads = Enumerable.Range(0, consumers).Select(c => new Thread(() =>
            {
                using var mine = new PostgresJobQueue(db, $"bench/{c}", lease, TimeSpan.FromSeconds(10));
                while (mine.Claim(claim) is { Count: > 0 } claimed)
                {
                    foreach (var job in claimed)
                    {
                        mine.Complete(job.Id, 1);
                    }
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            var complete = jobs / clock.Elapsed.TotalSeconds;
            if (queue.Counts().Done != jobs)
            {
                throw new InvalidOperationException("not every job was completed");
            }
            Drop(server, db);
            return (enqueue, complete);
        }
    }

    private static (double, double) Hangfire(string server, int jobs, int consumers)
    {
        var db = Scratch(server, "qb_hangfire");
        // A one-minute sliding invisibility timeout: the lease and heartbeat our queue has (the default leaves a fetched job hidden 30 min).
        var options = new PostgreSqlStorageOptions
        {
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromMilliseconds(50),
            EnableLongPolling = true,
            InvisibilityTimeout = TimeSpan.FromMinutes(1),
            UseSlidingInvisibilityTimeout = true,
        };
        var storage = new PostgreSqlStorage(new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(db, options, null), options);
        var client = new BackgroundJobClient(storage);
        Interlocked.Exchange(ref hangfireDone, 0);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < jobs; i++)
        {
            client.Enqueue(() => Work(i));
        }
        var enqueue = jobs / clock.Elapsed.TotalSeconds;
        clock.Restart();
        long succeeded;
        TimeSpan? nearly = null;
        using (new BackgroundJobServer(new BackgroundJobServerOptions { WorkerCount = consumers, SchedulePollingInterval = TimeSpan.FromSeconds(1) }, storage))
        {
            // Succeeded is counted by Hangfire's own state, not by the work's counter: a job is complete once it says so.
            var monitor = storage.GetMonitoringApi();
            while ((succeeded = monitor.SucceededListCount()) < jobs && clock.Elapsed < TimeSpan.FromMinutes(3))
            {
                if (succeeded >= jobs * 99 / 100 && nearly is null)
                {
                    nearly = clock.Elapsed;
                }
                Thread.Sleep(5);
            }
        }
        if (succeeded < jobs)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Hangfire: {jobs - succeeded} of {jobs} jobs not done after 3 minutes; 99 % were done in {nearly?.TotalSeconds:F2} s = {jobs * 0.99 / nearly?.TotalSeconds:F0} jobs/s (the rate below counts the wait)"));
        }
        var complete = succeeded / clock.Elapsed.TotalSeconds;
        Drop(server, db);
        return (enqueue, complete);
    }

    public static void Work(int i) => Interlocked.Add(ref hangfireDone, i >= 0 ? 1 : 0);

    private static string Scratch(string server, string name)
    {
        Drop(server, new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString());
        Admin(server, $"CREATE DATABASE {name}");
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    private static void Drop(string server, string db)
    {
        NpgsqlConnection.ClearAllPools();
        Admin(server, $"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(db).Database} WITH (FORCE)");
    }

    private static void Admin(string server, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString());
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        cmd.ExecuteNonQuery();
    }
}
