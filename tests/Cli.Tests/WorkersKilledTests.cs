using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace Extraction.Cli.Tests;

/// <summary>
/// Three worker processes share one queue of a few thousand VNTC articles (page files and a WARC cut into
/// record ranges); one is killed (SIGKILL) while it holds jobs. The others finish its jobs once its lease runs
/// out, and the store ends with every article exactly once, as a single-process ingest of the same inputs.
/// </summary>
public sealed class WorkersKilledTests : IDisposable
{
    private const int Pages = 1500;
    private const int WarcRecords = 500;
    private const int MaxVictims = 4;
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [PostgresSharedDataFact]
    public void A_worker_killed_mid_batch_loses_nothing_and_the_others_finish_its_jobs()
    {
        var inputs = MakeInputs();
        using var database = new ScratchDatabase();
        var enqueue = CliRun.Of("enqueue", inputs, "--db", database.ConnectionString, "--records-per-job", "25");
        Assert.True(enqueue.ExitCode == ExitCodes.Success, enqueue.Error);
        Assert.Equal(Pages + (WarcRecords / 25), database.Count("SELECT count(*) FROM jobs WHERE state = 'queued'"));

        var workers = Enumerable.Range(0, 3).Select(_ => StartWorker(database.ConnectionString)).ToList();
        var victim = workers[0];
        var killed = new List<Process> { victim };
        var held = KillWhileHoldingJobs(victim, database);
        // A job is one page: between the check and the kill the victim may finish the one it held. Then a fresh worker
        // joins as the next victim, so the test always kills one that holds jobs.
        for (var attempt = 0; held.Count == 0 && attempt < MaxVictims; attempt++)
        {
            victim = StartWorker(database.ConnectionString);
            workers.Add(victim);
            killed.Add(victim);
            held = KillWhileHoldingJobs(victim, database);
        }
        Assert.NotEmpty(held);
        foreach (var worker in workers.Except(killed))
        {
            Assert.True(worker.WaitForExit(TimeSpan.FromMinutes(3)), "a worker did not finish the queue in 3 minutes");
            Assert.True(worker.ExitCode == ExitCodes.Success, $"worker exit {worker.ExitCode}: {worker.StandardError.ReadToEnd()}");
        }

        Assert.Empty(database.Texts("SELECT path || ' ' || state || ' ' || attempts || ': ' || coalesce(error, '') FROM jobs WHERE state <> 'done'"));
        // The victim's jobs were taken again (a second attempt) and finished by a live worker.
        var victimName = $"/{victim.Id.ToString(CultureInfo.InvariantCulture)}";
        foreach (var id in held)
        {
            Assert.Equal(1, database.Count($"SELECT count(*) FROM jobs WHERE id = {id} AND state = 'done' AND attempts >= 2 AND worker NOT LIKE '%{victimName}'"));
        }
        Assert.Equal(Pages + WarcRecords, database.Count("SELECT count(*) FROM articles"));
        Assert.Equal(0, database.Count("SELECT count(*) FROM (SELECT 1 FROM docs GROUP BY source, agr_index HAVING count(*) > 1) twice"));
        Assert.Equal(0, database.Count("SELECT count(*) FROM docs d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.source = d.source)"));

        var single = folder.File("single.db");
        var ingest = CliRun.Of("ingest", inputs, "--db", single, "--quiet");
        Assert.Equal(ExitCodes.Success, ingest.ExitCode);
        Assert.Equal(Exported(single), Exported(database.ConnectionString));
        foreach (var worker in workers)
        {
            worker.Dispose();
        }
    }

    /// <summary>Page files and one WARC, cut from the VNTC politics articles: each article's own text.</summary>
    private string MakeInputs()
    {
        var texts = File.ReadLines(Path.Combine(RepoPaths.Shared, "data", "vntc-news", "vntc-chinh-tri-xa-hoi.jsonl"))
            .Take(Pages + WarcRecords)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
            .ToList();
        var inputs = Directory.CreateDirectory(folder.File("inputs")).FullName;
        var pages = Directory.CreateDirectory(Path.Combine(inputs, "pages")).FullName;
        for (var i = 0; i < Pages; i++)
        {
            File.WriteAllText(Path.Combine(pages, $"{i:D4}.txt"), texts[i]);
        }
        using var warc = File.Create(Path.Combine(inputs, "crawl.warc"));
        for (var i = 0; i < WarcRecords; i++)
        {
            var body = Encoding.UTF8.GetBytes(texts[Pages + i]);
            var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n").Concat(body).ToArray();
            var head = Encoding.ASCII.GetBytes(
                $"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://crawl.test/{i}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {http.Length}\r\n\r\n");
            warc.Write(head);
            warc.Write(http);
            warc.Write("\r\n\r\n"u8);
        }
        return inputs;
    }

    private Process StartWorker(string db)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Extraction.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { cli, "worker", "--db", db, "--drain", "-j", "1", "--quiet" })
        {
            start.ArgumentList.Add(arg);
        }
        // A short lease, so the victim's jobs return within seconds; small commits, so the kill lands between some.
        start.Environment["AGREEMENTS_JOB_LEASE"] = "5";
        start.Environment["AGREEMENTS_JOB_POLL"] = "200";
        start.Environment["AGREEMENTS_INGEST_BATCH"] = "20";
        start.Environment["AGREEMENTS_INDEX_DIR"] = folder.File("index");
        return Process.Start(start)!;
    }

    /// <summary>Waits until the victim holds jobs and some articles are stored, kills it, and returns the jobs it still held.</summary>
    private static List<long> KillWhileHoldingJobs(Process victim, ScratchDatabase database)
    {
        var clock = Stopwatch.StartNew();
        var name = $"%/{victim.Id.ToString(CultureInfo.InvariantCulture)}";
        while (!victim.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (database.Count("SELECT count(*) FROM articles") >= 200)
            {
                if (database.Ids($"SELECT id FROM jobs WHERE state = 'running' AND worker LIKE '{name}'").Count > 0)
                {
                    victim.Kill();
                    victim.WaitForExit();
                    // Read after the kill: between the check and the kill the victim may still have finished some, or all.
                    return database.Ids($"SELECT id FROM jobs WHERE state = 'running' AND worker LIKE '{name}'");
                }
            }
            Thread.Sleep(20);
        }
        Assert.Fail("the victim finished (or never held a job) before it could be killed mid-batch");
        return [];
    }

    /// <summary>Each stored article as (source, agreements): what an ingest of the inputs must come to, whoever ran it.</summary>
    private static List<string> Exported(string db)
    {
        var export = CliRun.Of("export", "--db", db);
        Assert.True(export.ExitCode == ExitCodes.Success, export.Error);
        return export.OutLines
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(r => $"{r.GetProperty("source").GetString()} {r.GetProperty("is_agreement").GetBoolean()} {r.GetProperty("agreements").GetRawText()}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
