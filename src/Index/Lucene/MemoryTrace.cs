using System.Globalization;

namespace Extraction.Index.Lucene;

/// <summary>
/// For tracing what an ingest's memory is made of (AGREEMENTS_MEMTRACE=1, bench/memory.sh): samples the process's
/// resident set every 20 ms and writes, per index catch-up and at the end, the peak so far split into anonymous
/// memory (the GC heap, native buffers) and mapped files, next to the GC's own heap figures, SQLite's own heap and the
/// GC's generations after its last collection; with
/// AGREEMENTS_MEMTRACE=2 it first runs a full collection and adds the live managed bytes. Off in use.
/// </summary>
internal static class MemoryTrace
{
    public static readonly bool On = Environment.GetEnvironmentVariable("AGREEMENTS_MEMTRACE") is "1" or "2";

    private static readonly bool Collect = Environment.GetEnvironmentVariable("AGREEMENTS_MEMTRACE") == "2";

    private static readonly object Gate = new();
    private static Sample peak;
    private static Thread? sampler;

    private readonly record struct Sample(long Rss, long Anon, long File, long Heap, long Committed);

    public static void Start()
    {
        lock (Gate)
        {
            if (!On || sampler is not null)
            {
                return;
            }
            sampler = new Thread(() =>
            {
                while (true)
                {
                    var s = Take();
                    lock (Gate)
                    {
                        if (s.Rss > peak.Rss)
                        {
                            peak = s;
                        }
                    }
                    Thread.Sleep(20);
                }
            })
            { IsBackground = true, Name = "memtrace" };
            sampler.Start();
        }
    }

    public static void Write(string what)
    {
        if (!On)
        {
            return;
        }
        var live = -1L;
        if (Collect)
        {
            GC.Collect(2, GCCollectionMode.Forced, true, true);
            live = GC.GetTotalMemory(false);
        }
        var now = Take();
        Sample p;
        lock (Gate)
        {
            p = peak;
        }
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memtrace {what}: sqlite {Mb(SQLitePCL.raw.sqlite3_memory_used())} (high {Mb(SQLitePCL.raw.sqlite3_memory_highwater(0))}) gcs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} live {Mb(live)} now rss {Mb(now.Rss)} anon {Mb(now.Anon)} file {Mb(now.File)} heap {Mb(now.Heap)} committed {Mb(now.Committed)} | peak rss {Mb(p.Rss)} anon {Mb(p.Anon)} file {Mb(p.File)} heap {Mb(p.Heap)} committed {Mb(p.Committed)} | last gc {Generations(info)}"));
    }

    // Each generation's size / fragmentation after the last collection (g3 is the large-object heap, g4 the pinned one).
    private static string Generations(GCMemoryInfo info)
    {
        var parts = new List<string>();
        var g = info.GenerationInfo;
        for (var i = 0; i < g.Length; i++)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"g{i} {Mb(g[i].SizeAfterBytes)}/{Mb(g[i].FragmentationAfterBytes)}"));
        }
        return string.Join(' ', parts);
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture);

    private static Sample Take()
    {
        long rss = 0, anon = 0, file = 0;
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kb(line);
            }
            else if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
            {
                anon = Kb(line);
            }
            else if (line.StartsWith("RssFile:", StringComparison.Ordinal))
            {
                file = Kb(line);
            }
        }
        var info = GC.GetGCMemoryInfo();
        return new Sample(rss, anon, file, info.HeapSizeBytes, info.TotalCommittedBytes);
    }

    private static long Kb(string line) =>
        long.Parse(line.AsSpan(line.IndexOf(':', StringComparison.Ordinal) + 1).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024;
}
