using System.Diagnostics;
using System.Globalization;
using Extraction.Index;
using Extraction.Index.Lucene;
using Extraction.Index.Query;
using Extraction.Index.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Extraction.Bench.IndexScale;

/// <summary>
/// `index-plans`: the query plans of <see cref="SearchPlan"/> timed against each other on one index of N
/// generated agreements (<see cref="DirectIndex"/>), query by query and plan by plan in turn, so load drifts
/// hit all alike. Prints p50/p99 without and with facets per plan, the ratio to the first plan, where the
/// first plan's time goes per query, and checks every plan gives the same totals.
/// </summary>
internal static class PlanRun
{
    private const int WarmUpPasses = 3;

    // Each plan names every switch, so a later change of the defaults leaves these as measured.
    private static readonly SearchPlan Old = new() { RescoreWindow = 400, Pairs = false, KindFromFields = false, PhrasesSeeHitsOnly = false, WordsFirst = WordsFirstWhen.Never, Threads = 1 };

    public static readonly (string Name, SearchPlan Plan)[] Candidates =
    [
        // The plan before 2026-12-04's changes: phrases on word positions, the row-kind filter always, 400 rescored.
        ("baseline", Old),
        ("pairs", Old with { Pairs = true }),
        ("window100", Old with { RescoreWindow = 100 }),
        ("kindfields", Old with { KindFromFields = true }),
        ("all", Old with { RescoreWindow = 100, Pairs = true, KindFromFields = true }),
        ("pk400", Old with { Pairs = true, KindFromFields = true }),
        // The default from 2026-12-04 (index format 3) to 2026-12-04 08:00.
        ("pk200", Old with { RescoreWindow = 200, Pairs = true, KindFromFields = true }),
        ("hits", Old with { RescoreWindow = 200, Pairs = true, KindFromFields = true, PhrasesSeeHitsOnly = true }),
        ("words", Old with { RescoreWindow = 200, Pairs = true, KindFromFields = true, WordsFirst = WordsFirstWhen.Rarer }),
        ("hitswords", Old with { RescoreWindow = 200, Pairs = true, KindFromFields = true, PhrasesSeeHitsOnly = true, WordsFirst = WordsFirstWhen.Phrase }),
        ("hitssloppy", Old with { RescoreWindow = 200, Pairs = true, KindFromFields = true, PhrasesSeeHitsOnly = true, WordsFirst = WordsFirstWhen.Sloppy }),
        // The default since 2026-12-04 08:00.
        ("hitsrarer", Old with { RescoreWindow = 200, Pairs = true, KindFromFields = true, PhrasesSeeHitsOnly = true, WordsFirst = WordsFirstWhen.Rarer }),
        // hitsrarer with each search over two threads, each over half the documents (DocRanges): the default since 2026-12-04 11:00.
        ("split", Old with { RescoreWindow = 200, Pairs = true, KindFromFields = true, PhrasesSeeHitsOnly = true, WordsFirst = WordsFirstWhen.Rarer, Threads = 2 }),
        ("rarer150", Old with { RescoreWindow = 150, Pairs = true, KindFromFields = true, PhrasesSeeHitsOnly = true, WordsFirst = WordsFirstWhen.Rarer }),
        ("rarer100", Old with { RescoreWindow = 100, Pairs = true, KindFromFields = true, PhrasesSeeHitsOnly = true, WordsFirst = WordsFirstWhen.Rarer }),
    ];

    /// <summary>AGREEMENTS_BENCH_PLANS: a comma list of the candidates to time (default all); the first is the baseline.</summary>
    public const string PlansVariable = "AGREEMENTS_BENCH_PLANS";

    /// <summary>AGREEMENTS_BENCH_NIOFS=1 (with AGREEMENTS_BENCH_MERGE): also time the merged copy read with positional reads.</summary>
    /// <summary>AGREEMENTS_BENCH_MERGED_ONLY=1 (with AGREEMENTS_BENCH_MERGE): time the merged copy alone.</summary>
    public const string MergedOnlyVariable = "AGREEMENTS_BENCH_MERGED_ONLY";

    /// <summary>AGREEMENTS_BENCH_SHOW=1: print each plan's Lucene queries first.</summary>
    public const string ShowVariable = "AGREEMENTS_BENCH_SHOW";

    public const string PositionalVariable = "AGREEMENTS_BENCH_NIOFS";

    /// <summary>AGREEMENTS_BENCH_MAPPED=1: also time every plan on the index read by <see cref="MappedDirectory"/> (@map); =only: that alone.</summary>
    public const string MappedVariable = "AGREEMENTS_BENCH_MAPPED";

    /// <summary>AGREEMENTS_BENCH_INDEX=dir: time the plans on that index (opened read-only) rather than the generated one.</summary>
    public const string IndexVariable = "AGREEMENTS_BENCH_INDEX";

    public static int Run()
    {
        var rows = Rows();
        var rounds = int.TryParse(Environment.GetEnvironmentVariable(ScaleRun.RoundsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 10;
        // AGREEMENTS_BENCH_INDEX: time an existing index (e.g. the store-built, force-merged one of index-scale) instead of building one.
        var given = Environment.GetEnvironmentVariable(IndexVariable);
        var path = string.IsNullOrEmpty(given) ? DirectIndex.EnsureBuilt(rows, Console.Out) : given;
        var merge = int.TryParse(Environment.GetEnvironmentVariable(DirectIndex.MergeVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0;
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        Console.WriteLine($"{reader.Leaves.Count} segments, {reader.NumDocs:N0} docs; {rounds} rounds; plans in turn per query");
        var chosen = Environment.GetEnvironmentVariable(PlansVariable)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var plansToRun = Candidates.Where(c => chosen is null || chosen.Contains(c.Name)).Select(c => (c.Name, c.Plan, Searcher: searcher)).ToList();
        // The same index read by address (MappedDirectory, what the store searches with) against Lucene.Net's map.
        var mappedMode = Environment.GetEnvironmentVariable(MappedVariable);
        using var mappedDirectory = mappedMode is "1" or "only" ? new MappedDirectory(path) : null;
        using var mappedReader = mappedDirectory is null ? null : DirectoryReader.Open(mappedDirectory);
        if (mappedReader is not null)
        {
            var mapped = new IndexSearcher(mappedReader) { Similarity = new BM25Similarity() };
            var onMap = plansToRun.Select(p => (p.Name + "@map", p.Plan, mapped)).ToList();
            if (mappedMode == "only")
            {
                plansToRun.Clear();
            }
            plansToRun.AddRange(onMap);
            Console.WriteLine("and the same index read by MappedDirectory (@map)");
        }
        var mergedPath = merge > 0 ? DirectIndex.EnsureMerged(rows, merge, Console.Out) : null;
        using var mergedDirectory = mergedPath is null ? null : FSDirectory.Open(mergedPath);
        using var mergedReader = mergedDirectory is null ? null : DirectoryReader.Open(mergedDirectory);
        // The store opens its index with positional reads (NIOFSDirectory, for flat ingest memory): time that
        // against the memory map FSDirectory.Open picks, on the same merged copy.
        using var positionalDirectory = mergedPath is not null && Environment.GetEnvironmentVariable(PositionalVariable) == "1" ? new NIOFSDirectory(mergedPath) : null;
        using var positionalReader = positionalDirectory is null ? null : DirectoryReader.Open(positionalDirectory);
        if (mergedReader is not null)
        {
            var merged = new IndexSearcher(mergedReader) { Similarity = new BM25Similarity() };
            var baseline = plansToRun.ToList();
            if (Environment.GetEnvironmentVariable(MergedOnlyVariable) == "1")
            {
                plansToRun.Clear();
            }
            plansToRun.AddRange(baseline.Select(p => (p.Name + "@merged", p.Plan, merged)));
            Console.WriteLine($"and a copy merged to {mergedReader.Leaves.Count} segment(s)");
            if (positionalReader is not null)
            {
                var positional = new IndexSearcher(positionalReader) { Similarity = new BM25Similarity() };
                plansToRun.AddRange(baseline.Select(p => (p.Name + "@nio", p.Plan, positional)));
                Console.WriteLine("and the merged copy read by NIOFSDirectory (@nio)");
            }
        }
        var compiled = ScaleRun.QueryMix.ToDictionary(q => q, q => QueryCompiler.Compile(QueryParser.Parse(q, new SearchRequest(q)), SearchKey.Default));
        if (Environment.GetEnvironmentVariable(ShowVariable) == "1")
        {
            foreach (var (name, plan, _) in plansToRun.DistinctBy(p => p.Plan))
            {
                foreach (var q in ScaleRun.QueryMix)
                {
                    Console.WriteLine($"{name} {q}\n  match: {QueryPlan.Match(compiled[q], false, plan, reader)}\n  rank:  {QueryPlan.Rank(compiled[q], false, plan)}");
                }
            }
        }
        var totals = new Dictionary<(string, string), int>();
        var tops = new Dictionary<(string, string), List<long>>();
        for (var pass = 0; pass < WarmUpPasses; pass++)
        {
            foreach (var q in ScaleRun.QueryMix)
            {
                foreach (var (name, plan, s) in plansToRun)
                {
                    var result = LuceneSearch.Run(s, compiled[q], new SearchRequest(q), plan);
                    totals[(name, q)] = result.Total;
                    tops[(name, q)] = result.Page.Select(p => p.RowId).ToList();
                    LuceneSearch.Run(s, compiled[q], new SearchRequest(q) { Facets = false }, plan);
                }
            }
        }
        var times = plansToRun.ToDictionary(p => p.Name, _ => (Search: new List<double>(), Facets: new List<double>()));
        var cpu = plansToRun.ToDictionary(p => p.Name, _ => (Search: new List<double>(), Facets: new List<double>()));
        var perQuery = plansToRun.ToDictionary(p => p.Name, _ => ScaleRun.QueryMix.ToDictionary(q => q, _ => (Search: new List<double>(), Facets: new List<double>(), Phases: new SearchPhases(), Cpu: new List<double>())));
        for (var round = 0; round < rounds; round++)
        {
            foreach (var q in ScaleRun.QueryMix)
            {
                foreach (var (name, plan, s) in plansToRun)
                {
                    var pq = perQuery[name][q];
                    var c0 = ThreadCpu.ProcessMilliseconds();
                    var sw = Stopwatch.StartNew();
                    LuceneSearch.Run(s, compiled[q], new SearchRequest(q) { Facets = false }, plan, pq.Phases);
                    var t1 = sw.Elapsed.TotalMilliseconds;
                    var c1 = ThreadCpu.ProcessMilliseconds();
                    sw.Restart();
                    LuceneSearch.Run(s, compiled[q], new SearchRequest(q), plan);
                    var t2 = sw.Elapsed.TotalMilliseconds;
                    cpu[name].Search.Add(c1 - c0);
                    pq.Cpu.Add(c1 - c0);
                    cpu[name].Facets.Add(ThreadCpu.ProcessMilliseconds() - c1);
                    times[name].Search.Add(t1);
                    times[name].Facets.Add(t2);
                    pq.Search.Add(t1);
                    pq.Facets.Add(t2);
                }
            }
        }
        var baseName = plansToRun[0].Name;
        var baseSearch = P(times[baseName].Search, 50);
        var baseFacets = P(times[baseName].Facets, 50);
        foreach (var (name, (search, facets)) in times)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-10} search p50 {P(search, 50),7:F2} ms, p99 {P(search, 99),7:F2} ms; + facets p50 {P(facets, 50),7:F2} ms, p99 {P(facets, 99),7:F2} ms; facets/search {P(facets, 50) / P(search, 50):F2}; p50 vs {baseName} {P(search, 50) / baseSearch:F2} / {P(facets, 50) / baseFacets:F2}"));
        }
        var baseCpu = P(cpu[baseName].Search, 50);
        var baseCpuFacets = P(cpu[baseName].Facets, 50);
        foreach (var (name, (search, facets)) in cpu)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-10} CPU (process): search p50 {P(search, 50),7:F2} ms, p99 {P(search, 99),7:F2} ms; + facets p50 {P(facets, 50),7:F2} ms, p99 {P(facets, 99),7:F2} ms; facets/search {P(facets, 50) / P(search, 50):F2}; p50 vs {baseName} {P(search, 50) / baseCpu:F2} / {P(facets, 50) / baseCpuFacets:F2}"));
        }
        var perMs = Stopwatch.Frequency / 1000.0;
        foreach (var q in ScaleRun.QueryMix)
        {
            Console.WriteLine($"  {q}");
            foreach (var (name, _, _) in plansToRun)
            {
                var (s, f, ph, c) = perQuery[name][q];
                var same = totals[(name, q)] == totals[(baseName, q)] ? "" : $" TOTAL DIFFERS from {baseName}";
                var top = tops[(name, q)].Take(10).Intersect(tops[(baseName, q)].Take(10)).Count();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    {name,-10} {totals[(name, q)],9:N0} matches{same}  p50 {P(s, 50),7:F2} / facets {P(f, 50),7:F2} ms, CPU {P(c, 50),6:F2} ms  (mean: match {ph.Match / perMs / s.Count,6:F2}, rescore {ph.Rescore / perMs / s.Count,6:F2} (setup {ph.RescoreSetup / perMs / s.Count,5:F2}), rows {ph.Rows / perMs / s.Count,5:F2} ms)  top-10 shared with {baseName}: {top}"));
            }
        }
        return totals.Any(t => t.Value != totals[(baseName, t.Key.Item2)]) ? 1 : 0;
    }

    /// <summary>AGREEMENTS_BENCH_ROWS, default 1,000,000.</summary>
    public static int Rows() =>
        int.TryParse(Environment.GetEnvironmentVariable(ScaleRun.RowsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 1_000_000;

    private static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        var i = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(i, 0, sorted.Count - 1)];
    }
}
