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
/// Built once per row count under $TMPDIR; AGREEMENTS_BENCH_MERGE=n force-merges to n segments at the end.
/// </summary>
internal static class DirectIndex
{
    public const string MergeVariable = "AGREEMENTS_BENCH_MERGE";

    public static string EnsureBuilt(int rows, TextWriter log)
    {
        var merge = int.TryParse(Environment.GetEnvironmentVariable(MergeVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0;
        var path = Path.Combine(Path.GetTempPath(), $"agreements-lucene-bench-{rows}" + (merge > 0 ? $"-m{merge}" : ""));
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
                            writer.AddDocument(IndexFields.Of((n * 8) + d.AgreementIndex + 1, article.Article.Source, d));
                            Interlocked.Increment(ref docs);
                        }
                    }
                });
            writer.Commit();
            var built = sw.Elapsed;
            if (merge > 0)
            {
                writer.ForceMerge(merge);
                writer.Commit();
            }
            sw.Stop();
            int segments;
            using (var reader = DirectoryReader.Open(directory))
            {
                segments = reader.Leaves.Count;
            }
            var summary = string.Join('\n',
                string.Create(CultureInfo.InvariantCulture, $"{rows:N0} agreements, {docs:N0} Lucene docs (agreements and articles), written straight: {built.TotalSeconds:F0} s = {rows / built.TotalSeconds:N0} agreements/s"),
                merge > 0 ? string.Create(CultureInfo.InvariantCulture, $"  force-merge to {merge}: {(sw.Elapsed - built).TotalSeconds:F0} s") : "  not force-merged",
                string.Create(CultureInfo.InvariantCulture, $"  index {new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length) / 1048576.0:N0} MiB in {segments} segments"));
            log.WriteLine(summary);
            File.WriteAllText(done, summary);
        }
        return path;
    }
}
