using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Extraction.Index.Lucene;

/// <summary>
/// The index cut into a few doc ranges of about equal size (across and within segments), each searched on its own
/// thread: a force-merged index is one segment, so cutting by segment alone would leave one core idle. Every range
/// scores its documents exactly as a whole pass would (the same weight, scores independent of other documents), and
/// the parts' best hits and counts are merged, so results are the same as one pass (<see cref="SearchPlan.Threads"/>).
/// </summary>
internal static class DocRanges
{
    /// <summary><paramref name="parts"/> lists of (segment, first doc, end doc), together covering every document once, in order.</summary>
    public static List<(AtomicReaderContext Leaf, int From, int To)>[] Cut(IList<AtomicReaderContext> leaves, int parts)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        var result = Enumerable.Range(0, parts).Select(_ => new List<(AtomicReaderContext, int, int)>()).ToArray();
        var total = leaves.Sum(l => (long)l.AtomicReader.MaxDoc);
        var per = (total + parts - 1) / parts;
        var part = 0;
        var inPart = 0L;
        foreach (var leaf in leaves)
        {
            var max = leaf.AtomicReader.MaxDoc;
            var from = 0;
            while (from < max)
            {
                var take = part == parts - 1 ? max - from : (int)Math.Min(max - from, per - inPart);
                result[part].Add((leaf, from, from + take));
                from += take;
                inPart += take;
                if (inPart >= per && part < parts - 1)
                {
                    part++;
                    inPart = 0;
                }
            }
        }
        return result;
    }

    /// <summary>
    /// Collects the matches of <paramref name="weight"/> in the given ranges, in doc order, as IndexSearcher would; with
    /// <paramref name="wordsFirst"/> (the query's filter, taken off it) each range finds its own rows holding the words.
    /// </summary>
    public static void Collect(Weight weight, List<(AtomicReaderContext Leaf, int From, int To)> ranges, ICollector collector, WordsFirstFilter? wordsFirst = null)
    {
        ArgumentNullException.ThrowIfNull(weight);
        ArgumentNullException.ThrowIfNull(ranges);
        ArgumentNullException.ThrowIfNull(collector);
        foreach (var (leaf, from, to) in ranges)
        {
            collector.SetNextReader(leaf);
            var accept = wordsFirst is null ? leaf.AtomicReader.LiveDocs : wordsFirst.Bits(leaf, leaf.AtomicReader.LiveDocs, from, to);
            if (wordsFirst is not null && accept is null)
            {
                continue;
            }
            var scorer = weight.GetScorer(leaf, accept);
            if (scorer is null)
            {
                continue;
            }
            collector.SetScorer(scorer);
            var doc = from == 0 ? scorer.NextDoc() : scorer.Advance(from);
            while (doc < to)
            {
                collector.Collect(doc);
                doc = scorer.NextDoc();
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="part"/> for 0..n-1, this thread and n-1 pool threads taking parts as they come free, and
    /// returns when every part is done: on a busy pool this thread does them all rather than wait for a thread.
    /// </summary>
    public static void Run(int n, Action<int> part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var next = -1;
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        using var done = new CountdownEvent(n);
        void Work()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < n)
            {
                try
                {
                    part(i);
                }
                catch (Exception e)
                {
                    failures.Enqueue(e);
                }
                finally
                {
                    done.Signal();
                }
            }
        }
        for (var i = 1; i < n; i++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(_ => Work(), null);
        }
        Work();
        done.Wait();
        if (!failures.IsEmpty)
        {
            throw new AggregateException(failures);
        }
    }

    /// <summary>The best <paramref name="n"/> of several parts' hits, ordered as one collector would keep them: score, then doc.</summary>
    public static TopDocs Merge(IEnumerable<TopDocs> parts, int n)
    {
        var all = parts.SelectMany(p => p.ScoreDocs).ToList();
        all.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        var kept = all.Take(n).ToArray();
        return new TopDocs(all.Count, kept, kept.Length == 0 ? float.NaN : kept[0].Score);
    }
}
