using System.Diagnostics;
using System.Globalization;
using Extraction.Index.Indexing;
using Extraction.Index.Lucene;
using Extraction.Index.Lucene.Analysis;
using Extraction.Index.Text;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Extraction.Bench.IndexScale;

/// <summary>
/// A Lucene index of N generated agreements written straight from the generator (no store rows): the
/// index-plans run's data. The store path applies the same documents (<see cref="IndexFields"/>) after
/// writing rows to SQLite, which at 1M took longer than a session on this machine; search itself never
/// reads the store until the page, whose cost does not grow with N.
/// Built once per row count under $TMPDIR; <see cref="EnsureMerged"/> makes a force-merged copy.
/// </summary>
internal static class DirectIndex
{
    /// <summary>n: also time plans on a copy of the index force-merged to n segments.</summary>
    public const string MergeVariable = "AGREEMENTS_BENCH_MERGE";

    /// <summary>A copy of the built index force-merged to <paramref name="segments"/> segments (built once, reused).</summary>
    public static string EnsureMerged(int rows, int segments, TextWriter log)
    {
        var source = EnsureBuilt(rows, log);
        var path = source + $"-merged{segments}";
        var done = Path.Combine(path, "bench.done");
        if (File.Exists(done))
        {
            log.WriteLine($"reusing {path}: {File.ReadAllText(done).Trim()}");
            return path;
        }
        if (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
        System.IO.Directory.CreateDirectory(path);
        foreach (var f in new DirectoryInfo(source).EnumerateFiles().Where(f => f.Name != "bench.done"))
        {
            f.CopyTo(Path.Combine(path, f.Name));
        }
        var sw = Stopwatch.StartNew();
        using (var directory = FSDirectory.Open(path))
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new VietnameseAnalyzer(SearchKey.Default)) { OpenMode = OpenMode.APPEND, Similarity = new BM25Similarity() };
            using var writer = new IndexWriter(directory, config);
            writer.ForceMerge(segments);
            writer.Commit();
        }
        var summary = string.Create(CultureInfo.InvariantCulture, $"force-merged to {segments} segment(s) in {sw.Elapsed.TotalSeconds:F0} s, index {new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length) / 1048576.0:N0} MiB");
        log.WriteLine(summary);
        File.WriteAllText(done, summary);
        return path;
    }

    public static string EnsureBuilt(int rows, TextWriter log)
    {
        var path = Path.Combine(Path.GetTempPath(), $"agreements-lucene-bench-{rows}");
        var done = Path.Combine(path, "bench.done");
        if (File.Exists(done))
        {
            log.WriteLine($"reusing {path}:\n{File.ReadAllText(done).Trim()}");
            return path;
        }
        if (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
        var corpus = new ScaleCorpus(ScaleRun.FindRepoRoot());
        log.WriteLine($"generating {rows:N0} agreements from {corpus.SourceSummary} straight into Lucene");
        var sw = Stopwatch.StartNew();
        var docs = 0L;
        using (var directory = FSDirectory.Open(path))
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new VietnameseAnalyzer(SearchKey.Default))
            {
                OpenMode = OpenMode.CREATE,
                Similarity = new BM25Similarity(),
                // A bulk load: large in-memory segments, fewer flushes and merges.
                RAMBufferSizeMB = 256,
            };
            using var writer = new IndexWriter(directory, config);
            var numbered = corpus.Articles(rows).Select((a, n) => (Article: a, N: (long)n));
            // The document builder reuses its buffers from row to row: one per thread.
            using var builders = new ThreadLocal<IndexDocuments>(() => new IndexDocuments(SearchKey.Default));
            Parallel.ForEach(
                numbered.Chunk(500),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                chunk =>
                {
                    foreach (var (article, n) in chunk)
                    {
                        foreach (var d in DocBuilder.Build(article))
                        {
                            // Row ids unique and in article order, as the store's autoincrement ids are.
                            builders.Value!.Add(writer, (n * 8) + d.AgreementIndex + 1, article.Article.Source, d);
                            Interlocked.Increment(ref docs);
                        }
                    }
                });
            writer.Commit();
            sw.Stop();
            int segments;
            using (var reader = DirectoryReader.Open(directory))
            {
                segments = reader.Leaves.Count;
            }
            var summary = string.Join('\n',
                string.Create(CultureInfo.InvariantCulture, $"{rows:N0} agreements, {docs:N0} Lucene docs (agreements and articles), written straight: {sw.Elapsed.TotalSeconds:F0} s = {rows / sw.Elapsed.TotalSeconds:N0} agreements/s"),
                string.Create(CultureInfo.InvariantCulture, $"  index {new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length) / 1048576.0:N0} MiB in {segments} segments"));
            log.WriteLine(summary);
            File.WriteAllText(done, summary);
        }
        return path;
    }
}
