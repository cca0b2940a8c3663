using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Extraction.Index.Lucene;

/// <summary>
/// Adds the field-weight query's score to each first-pass hit, as Lucene's <c>QueryRescorer</c> does;
/// written here because that one throws when the weight query has no scorer in a segment (a word found
/// only in article bodies matches none of the weighted fields).
/// </summary>
internal static class FieldWeightRescorer
{
    public static TopDocs Rescore(IndexSearcher searcher, TopDocs firstPass, LuceneQuery rank, SearchPlan? plan = null, SearchPhases? phases = null, int threads = 1)
    {
        plan ??= SearchPlan.Default;
        var setupStarted = System.Diagnostics.Stopwatch.GetTimestamp();
        var hits = (ScoreDoc[])firstPass.ScoreDocs.Clone();
        Array.Sort(hits, (a, b) => a.Doc.CompareTo(b.Doc));
        // With BM25 the query norm is 1 and coord is off, so a sum of the top-level clauses' own scores is the
        // rank query's score: each clause can then get a scorer that suits it (see PhrasesSeeHitsOnly).
        var parts = plan.PhrasesSeeHitsOnly && rank is BooleanQuery b && b.Clauses.All(c => c.Occur == Occur.SHOULD)
            ? b.Clauses.Select(c => (Weight: searcher.CreateNormalizedWeight(c.Query), HitsOnly: HasPhrase(c.Query))).ToArray()
            : [(searcher.CreateNormalizedWeight(rank), false)];
        if (phases is not null)
        {
            phases.RescoreSetup += System.Diagnostics.Stopwatch.GetTimestamp() - setupStarted;
        }
        var rescored = new ScoreDoc[hits.Length];
        // Each hit's new score depends on that hit alone: the hits (in doc order) are shared out in runs, one per thread.
        var runs = Math.Clamp(threads, 1, Math.Max(1, hits.Length / MinHitsPerThread));
        if (runs == 1)
        {
            Score(searcher.IndexReader.Leaves, parts, hits, 0, hits.Length, rescored, phases);
        }
        else
        {
            var per = (hits.Length + runs - 1) / runs;
            DocRanges.Run(runs, r => Score(searcher.IndexReader.Leaves, parts, hits, r * per, Math.Min(hits.Length, (r + 1) * per), rescored, r == 0 ? phases : null));
        }
        Array.Sort(rescored, (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return new TopDocs(firstPass.TotalHits, rescored, rescored.Length == 0 ? float.NaN : rescored[0].Score);
    }

    /// <summary>Fewer hits than this per thread are rescored on one.</summary>
    private const int MinHitsPerThread = 32;

    /// <summary>Rescores hits[from..to) (in doc order) into rescored[from..to), with scorers of its own.</summary>
    private static void Score(IList<AtomicReaderContext> leaves, (Weight Weight, bool HitsOnly)[] parts, ScoreDoc[] hits, int from, int to, ScoreDoc[] rescored, SearchPhases? phases)
    {
        var scorers = new Scorer?[parts.Length];
        var endDoc = 0;
        var docBase = 0;
        for (var i = from; i < to; i++)
        {
            var hit = hits[i];
            if (hit.Doc >= endDoc)
            {
                var setupStarted = System.Diagnostics.Stopwatch.GetTimestamp();
                // Straight to the hit's segment: a segment without hits costs no scorer (term seeks for every clause).
                var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
                docBase = leaf.DocBase;
                endDoc = docBase + leaf.AtomicReader.MaxDoc;
                // Every later hit too, not just this run's: with none set after its last one, a phrase scorer's next
                // step would read its positions list to the end of the segment, row by row.
                var hitBits = parts.Any(p => p.HitsOnly) ? HitBits(hits, i, hits.Length, docBase, endDoc, leaf.AtomicReader.MaxDoc) : null;
                for (var p = 0; p < parts.Length; p++)
                {
                    scorers[p] = parts[p].Weight.GetScorer(leaf, parts[p].HitsOnly ? hitBits : null);
                }
                if (phases is not null)
                {
                    phases.RescoreSetup += System.Diagnostics.Stopwatch.GetTimestamp() - setupStarted;
                }
            }
            var score = hit.Score;
            var target = hit.Doc - docBase;
            foreach (var scorer in scorers)
            {
                if (scorer is null)
                {
                    continue;
                }
                var at = scorer.DocID;
                if (at < target)
                {
                    at = scorer.Advance(target);
                }
                if (at == target)
                {
                    score += scorer.GetScore();
                }
            }
            rescored[i] = new ScoreDoc(hit.Doc, score);
        }
    }

    /// <summary>
    /// The segment's hits as the only documents a phrase scorer may see: a phrase scorer's Advance finds the next
    /// document where the phrase stands, checking the positions of every document holding all its words on the way,
    /// so between two sparse hits it walked (and checked) most of the field's matches.
    /// </summary>
    private static FixedBitSet HitBits(ScoreDoc[] hits, int from, int to, int docBase, int endDoc, int maxDoc)
    {
        var bits = new FixedBitSet(maxDoc);
        // Rows before the first hit all set: a phrase scorer's constructor steps each of its words to its first accepted
        // row, which otherwise meant reading every row up to the hit one by one; the first Advance then skips.
        bits.Set(0, hits[from].Doc - docBase);
        for (var j = from; j < to && hits[j].Doc < endDoc; j++)
        {
            bits.Set(hits[j].Doc - docBase);
        }
        return bits;
    }

    private static bool HasPhrase(LuceneQuery q) => q switch
    {
        PhraseQuery => true,
        BooleanQuery b => b.Clauses.Any(c => HasPhrase(c.Query)),
        DisjunctionMaxQuery d => d.Disjuncts.Any(HasPhrase),
        _ => false,
    };
}
