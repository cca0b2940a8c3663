using System.Diagnostics;
using System.Globalization;
using Extraction.Index;
using Extraction.Index.Sqlite;

namespace Extraction.Bench.IndexScale;

/// <summary>
/// The index scale run: builds (or reuses) a SQLite index of N generated agreements and reports, in
/// one run, build rate, database size, and search / facet latency p50 / p99 over a fixed query mix.
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

    public static int Run()
    {
        var rows = int.TryParse(Environment.GetEnvironmentVariable(RowsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 1_000_000;
        var path = EnsureBuilt(rows, Console.Out);
        using var store = new SqliteAgreementStore(path);
        Measure(store, Console.Out);
        return 0;
    }

    /// <summary>The index file for this row count, built once (a later run reuses it).</summary>
    public static string EnsureBuilt(int rows, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var path = Path.Combine(Path.GetTempPath(), $"agreements-index-bench-{rows}-postings.db");
        if (File.Exists(path) && File.Exists(path + ".done"))
        {
            log.WriteLine($"reusing {path} ({File.ReadAllText(path + ".done").Trim()})");
            return path;
        }
        foreach (var f in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(f);
        }
        var corpus = new ScaleCorpus(FindRepoRoot());
        log.WriteLine($"generating {rows:N0} agreements from {corpus.SourceSummary}");
        var sw = Stopwatch.StartNew();
        int stored;
        using (var store = new SqliteAgreementStore(path))
        {
            var report = store.BulkLoad(corpus.Articles(rows));
            stored = report.Stored;
            if (report.Failed.Count > 0)
            {
                log.WriteLine($"  {report.Failed.Count} articles failed, first: {report.Failed[0].Error}");
            }
        }
        sw.Stop();
        var size = new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{rows:N0} agreements in {stored:N0} articles built in {sw.Elapsed.TotalSeconds:F0} s = {rows / sw.Elapsed.TotalSeconds:N0} agreements/s; database {size / 1048576.0:N0} MiB");
        log.WriteLine(summary);
        File.WriteAllText(path + ".done", summary);
        return path;
    }

    public static void Measure(IAgreementStore store, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(log);
        var rounds = int.TryParse(Environment.GetEnvironmentVariable(RoundsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 10;
        // First (cold) pass printed; two more let the JIT reach its optimised tier before timing, as a long-running process would.
        for (var pass = 0; pass < WarmUpPasses; pass++)
        {
            foreach (var q in QueryMix)
            {
                var warm = Stopwatch.StartNew();
                var res = store.Search(new SearchRequest(q));
                if (pass == 0)
                {
                    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  cold    {warm.Elapsed.TotalMilliseconds,8:F1} ms {res.Total,8:N0} matches  {q}"));
                }
                store.Search(new SearchRequest(q) { Facets = false });
            }
        }
        var search = new List<double>();
        var facets = new List<double>();
        var perQuery = QueryMix.ToDictionary(q => q, _ => (Hits: 0, Search: new List<double>(), Facets: new List<double>()));
        for (var round = 0; round < rounds; round++)
        {
            foreach (var q in QueryMix)
            {
                var sw = Stopwatch.StartNew();
                var plain = store.Search(new SearchRequest(q) { Facets = false });
                var t1 = sw.Elapsed.TotalMilliseconds;
                sw.Restart();
                store.Search(new SearchRequest(q));
                var t2 = sw.Elapsed.TotalMilliseconds;
                search.Add(t1);
                facets.Add(t2);
                var pq = perQuery[q];
                pq.Search.Add(t1);
                pq.Facets.Add(t2);
                perQuery[q] = (plain.Total, pq.Search, pq.Facets);
            }
        }
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"search (hits + total, page of 10): p50 {P(search, 50):F2} ms, p99 {P(search, 99):F2} ms over {search.Count} queries"));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"search + facets:                   p50 {P(facets, 50):F2} ms, p99 {P(facets, 99):F2} ms (facets/search p50 ratio {P(facets, 50) / P(search, 50):F2})"));
        foreach (var (q, (hits, s, f)) in perQuery)
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {hits,8:N0} matches  search p50 {P(s, 50),7:F2} ms  facets p50 {P(f, 50),7:F2} ms  {q}"));
        }
    }

    private static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        var i = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(i, 0, sorted.Count - 1)];
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Extraction.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
