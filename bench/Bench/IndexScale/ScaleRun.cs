using System.Diagnostics;
using System.Globalization;
using Extraction.Index;
using Extraction.Index.Lucene;
using Extraction.Index.Sqlite;

namespace Extraction.Bench.IndexScale;

/// <summary>
/// The index scale run: builds (or reuses) a SQLite store of N generated agreements with its Lucene index
/// and a plain FTS5 baseline over the same rows, and reports, in one run, build time, size, and search /
/// facet latency p50 / p99 over a fixed query mix for each engine, queries in turn. (Until 2026-12-04 it
/// also measured the posting bitmaps the store had before Lucene: those figures are in docs/decisions.md.)
/// N comes from AGREEMENTS_BENCH_ROWS (default 1,000,000), rounds of the mix from AGREEMENTS_BENCH_ROUNDS.
/// </summary>
internal static class ScaleRun
{
    public const string RowsVariable = "AGREEMENTS_BENCH_ROWS";

    /// <summary>How many times the query mix is timed (default 10).</summary>
    public const string RoundsVariable = "AGREEMENTS_BENCH_ROUNDS";

    private const int WarmUpPasses = 3;

    /// <summary>What analysts type: names, abbreviations, place + topic, fields, date ranges, OR, exclusions.</summary>
    public static readonly string[] QueryMix =
    [
        "mttq tra vinh giam ngheo",
        "\"Hội Nông dân\" Đắk Lắk",
        "party:\"Công an\" year:2023",
        "kind:\"quy chế phối hợp\" place:\"Lạng Sơn\"",
        "UBND huyện cà phê",
        "\"an ninh trật tự\" khu dân cư",
        "thỏa thuận hợp tác from:2020-01-01 to:2021-12-31",
        "ngan hang chinh sach xa hoi hoi cuu chien binh",
        "biên phòng OR biên giới Khánh Bình",
        "LĐTBXH hướng nghiệp Vĩnh Long",
        "Hội LHPN khởi nghiệp -\"Phú Thọ\"",
        "bạo lực học đường Bình Định",
        "giống lúa Sóc Trăng year:2019",
        "Liên đoàn Lao động người lao động Thanh Hóa",
        "cửa khẩu Lao Bảo",
        "giảm nghèo bền vững",
    ];

    /// <summary>"lucene" measures Lucene alone (a 1M run on a slow box); default: Lucene and the FTS5 baseline in one run.</summary>
    public const string EnginesVariable = "AGREEMENTS_BENCH_ENGINES";

    public static int Run()
    {
        var rows = int.TryParse(Environment.GetEnvironmentVariable(RowsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 1_000_000;
        var luceneOnly = Environment.GetEnvironmentVariable(EnginesVariable) == "lucene";
        var path = EnsureBuilt(rows, Console.Out, withBaseline: !luceneOnly);
        using var store = new SqliteAgreementStore(path);
        var engines = new List<(string Name, Func<SearchRequest, int> Search)> { ("lucene", q => store.Search(q).Total) };
        FtsBaseline? fts = null;
        if (!luceneOnly)
        {
            fts = new FtsBaseline(FtsPath(path));
            engines.Add(("fts5", fts.Search));
        }
        try
        {
            Measure(engines, Console.Out);
        }
        finally
        {
            fts?.Dispose();
        }
        return 0;
    }

    private static string FtsPath(string path) => path + ".fts5";

    /// <summary>The store file for this row count, built once (a later run reuses it), with its Lucene index and (unless only Lucene is measured) the FTS5 baseline over the same rows.</summary>
    public static string EnsureBuilt(int rows, TextWriter log, bool withBaseline = true)
    {
        ArgumentNullException.ThrowIfNull(log);
        var path = Path.Combine(Path.GetTempPath(), $"agreements-index-bench-{rows}-engines.db");
        if (File.Exists(path) && File.Exists(path + ".done"))
        {
            log.WriteLine($"reusing {path}:\n{File.ReadAllText(path + ".done").Trim()}");
            return path;
        }
        foreach (var f in new[] { path, path + "-wal", path + "-shm", FtsPath(path), FtsPath(path) + "-wal", FtsPath(path) + "-shm" })
        {
            File.Delete(f);
        }
        if (Directory.Exists(SqliteAgreementStore.IndexPath(path)))
        {
            Directory.Delete(SqliteAgreementStore.IndexPath(path), recursive: true);
        }
        var corpus = new ScaleCorpus(FindRepoRoot());
        log.WriteLine($"generating {rows:N0} agreements from {corpus.SourceSummary}");
        var sw = Stopwatch.StartNew();
        var ftsTime = new Stopwatch();
        var luceneBefore = SearchIndex.ApplyTime;
        int stored;
        using (var fts = withBaseline ? new FtsBaseline(FtsPath(path)) : null)
        using (var store = new SqliteAgreementStore(path))
        {
            var articles = corpus.Articles(rows).Select(a =>
            {
                if (fts is not null)
                {
                    ftsTime.Start();
                    fts.Add(a);
                    ftsTime.Stop();
                }
                return a;
            });
            var report = store.BulkLoad(articles);
            stored = report.Stored;
            if (report.Failed.Count > 0)
            {
                log.WriteLine($"  {report.Failed.Count} articles failed, first: {report.Failed[0].Error}");
            }
            ftsTime.Start();
            fts?.Flush();
            ftsTime.Stop();
        }
        sw.Stop();
        var lucene = SearchIndex.ApplyTime - luceneBefore;
        var storeAndBitmaps = sw.Elapsed - lucene - ftsTime.Elapsed;
        var reindex = Stopwatch.StartNew();
        using (var store = new SqliteAgreementStore(path))
        {
            store.Reindex();
        }
        reindex.Stop();
        var summary = string.Join('\n',
            string.Create(CultureInfo.InvariantCulture, $"{rows:N0} agreements in {stored:N0} articles, one pass writing all engines: {sw.Elapsed.TotalSeconds:F0} s"),
            string.Create(CultureInfo.InvariantCulture, $"  store (articles and rows): {storeAndBitmaps.TotalSeconds:F0} s, file {Size(path) / 1048576.0:N0} MiB "),
            string.Create(CultureInfo.InvariantCulture, $"  lucene (applied after each batch): {lucene.TotalSeconds:F0} s = {rows / lucene.TotalSeconds:N0} agreements/s; index {DirSize(SqliteAgreementStore.IndexPath(path)) / 1048576.0:N0} MiB; reindex from the store {reindex.Elapsed.TotalSeconds:F0} s"),
            withBaseline ? string.Create(CultureInfo.InvariantCulture, $"  fts5: {ftsTime.Elapsed.TotalSeconds:F0} s, file {Size(FtsPath(path)) / 1048576.0:N0} MiB") : "  fts5: not built");
        log.WriteLine(summary);
        File.WriteAllText(path + ".done", summary);
        return path;
    }

    private static long Size(string file) =>
        new[] { file, file + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    private static long DirSize(string dir) =>
        Directory.Exists(dir) ? new DirectoryInfo(dir).EnumerateFiles().Sum(f => f.Length) : 0;

    /// <summary>The latency of one store's Lucene search (what IndexBenchmarks and older callers use).</summary>
    public static void Measure(IAgreementStore store, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(store);
        Measure([("lucene", q => store.Search(q).Total)], log);
    }

    /// <summary>Times the query mix on each engine in turn, query by query (so load drifts hit all alike), without and with facets.</summary>
    public static void Measure(List<(string Name, Func<SearchRequest, int> Search)> engines, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(engines);
        ArgumentNullException.ThrowIfNull(log);
        var rounds = int.TryParse(Environment.GetEnvironmentVariable(RoundsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 10;
        // First (cold) pass printed; two more let the JIT reach its optimised tier before timing, as a long-running process would.
        for (var pass = 0; pass < WarmUpPasses; pass++)
        {
            foreach (var q in QueryMix)
            {
                foreach (var (name, search) in engines)
                {
                    var warm = Stopwatch.StartNew();
                    var total = search(new SearchRequest(q));
                    if (pass == 0)
                    {
                        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  cold {name,-8} {warm.Elapsed.TotalMilliseconds,8:F1} ms {total,8:N0} matches  {q}"));
                    }
                    search(new SearchRequest(q) { Facets = false });
                }
            }
        }
        var times = engines.ToDictionary(e => e.Name, _ => (Search: new List<double>(), Facets: new List<double>()));
        // Process CPU time (every thread: a Lucene search may use two): on a shared machine wall time is mostly waiting for a core.
        var cpu = engines.ToDictionary(e => e.Name, _ => (Search: new List<double>(), Facets: new List<double>()));
        var perQuery = engines.ToDictionary(e => e.Name, _ => QueryMix.ToDictionary(q => q, _ => (Hits: 0, Search: new List<double>(), Facets: new List<double>())));
        for (var round = 0; round < rounds; round++)
        {
            foreach (var q in QueryMix)
            {
                foreach (var (name, search) in engines)
                {
                    var c0 = ThreadCpu.ProcessMilliseconds();
                    var sw = Stopwatch.StartNew();
                    var total = search(new SearchRequest(q) { Facets = false });
                    var t1 = sw.Elapsed.TotalMilliseconds;
                    var c1 = ThreadCpu.ProcessMilliseconds();
                    sw.Restart();
                    search(new SearchRequest(q));
                    var t2 = sw.Elapsed.TotalMilliseconds;
                    cpu[name].Search.Add(c1 - c0);
                    cpu[name].Facets.Add(ThreadCpu.ProcessMilliseconds() - c1);
                    times[name].Search.Add(t1);
                    times[name].Facets.Add(t2);
                    var pq = perQuery[name][q];
                    pq.Search.Add(t1);
                    pq.Facets.Add(t2);
                    perQuery[name][q] = (total, pq.Search, pq.Facets);
                }
            }
        }
        foreach (var (name, (search, facets)) in times)
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-8} search p50 {P(search, 50),7:F2} ms, p99 {P(search, 99),7:F2} ms; search + facets p50 {P(facets, 50),7:F2} ms, p99 {P(facets, 99),7:F2} ms (facets/search p50 {P(facets, 50) / P(search, 50):F2}; {search.Count} queries)"));
        }
        foreach (var (name, (search, facets)) in cpu)
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-8} CPU (process): search p50 {P(search, 50),7:F2} ms, p99 {P(search, 99),7:F2} ms; search + facets p50 {P(facets, 50),7:F2} ms, p99 {P(facets, 99),7:F2} ms (facets/search p50 {P(facets, 50) / P(search, 50):F2})"));
        }
        foreach (var q in QueryMix)
        {
            log.WriteLine("  " + q);
            foreach (var (name, _) in engines)
            {
                var (hits, s, f) = perQuery[name][q];
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {name,-8} {hits,9:N0} matches  search p50 {P(s, 50),7:F2} ms  facets p50 {P(f, 50),7:F2} ms"));
            }
        }
    }

    private static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        var i = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(i, 0, sorted.Count - 1)];
    }

    internal static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Extraction.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
