using BenchmarkDotNet.Attributes;
using Extraction.Bench.IndexScale;
using Extraction.Index;
using Extraction.Index.Sqlite;

namespace Extraction.Bench;

/// <summary>
/// Search over a generated SQLite index (AGREEMENTS_BENCH_ROWS agreements, default 100,000 here;
/// the full 1M build-rate / size / p50-p99 report is `-- index-scale`). Baseline: hits and total
/// without facets; the other case adds facets from the same match set.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class IndexBenchmarks
{
    private IAgreementStore? store;

    [GlobalSetup]
    public void Setup()
    {
        var rows = int.TryParse(Environment.GetEnvironmentVariable(ScaleRun.RowsVariable), out var r) ? r : 100_000;
        store = new SqliteAgreementStore(ScaleRun.EnsureBuilt(rows, Console.Out));
    }

    [GlobalCleanup]
    public void Cleanup() => store?.Dispose();

    [Benchmark(Baseline = true)]
    public int QueryMixHits()
    {
        var n = 0;
        foreach (var q in ScaleRun.QueryMix)
        {
            n += store!.Search(new SearchRequest(q) { Facets = false }).Hits.Count;
        }
        return n;
    }

    [Benchmark]
    public int QueryMixHitsAndFacets()
    {
        var n = 0;
        foreach (var q in ScaleRun.QueryMix)
        {
            n += store!.Search(new SearchRequest(q)).Facets.Count;
        }
        return n;
    }
}
