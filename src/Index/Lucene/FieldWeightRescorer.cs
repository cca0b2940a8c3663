using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Extraction.Index.Lucene;

/// <summary>
/// Adds the field-weight query's score to each first-pass hit, as Lucene's <c>QueryRescorer</c> does;
/// written here because that one throws when the weight query has no scorer in a segment (a word found
/// only in article bodies matches none of the weighted fields).
/// </summary>
internal static class FieldWeightRescorer
{
    public static TopDocs Rescore(IndexSearcher searcher, TopDocs firstPass, global::Lucene.Net.Search.Query rank)
    {
        var hits = (ScoreDoc[])firstPass.ScoreDocs.Clone();
        Array.Sort(hits, (a, b) => a.Doc.CompareTo(b.Doc));
        var weight = searcher.CreateNormalizedWeight(rank);
        var leaves = searcher.IndexReader.Leaves;
        var leafIndex = -1;
        var endDoc = 0;
        var docBase = 0;
        Scorer? scorer = null;
        var rescored = new ScoreDoc[hits.Length];
        for (var i = 0; i < hits.Length; i++)
        {
            var hit = hits[i];
            if (hit.Doc >= endDoc)
            {
                // Straight to the hit's segment: a segment without hits costs no scorer (term seeks for every clause).
                leafIndex = ReaderUtil.SubIndex(hit.Doc, leaves);
                var leaf = leaves[leafIndex];
                docBase = leaf.DocBase;
                endDoc = docBase + leaf.AtomicReader.MaxDoc;
                scorer = weight.GetScorer(leaf, null);
            }
            var score = hit.Score;
            if (scorer is not null)
            {
                var target = hit.Doc - docBase;
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
        Array.Sort(rescored, (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return new TopDocs(firstPass.TotalHits, rescored, rescored.Length == 0 ? float.NaN : rescored[0].Score);
    }
}
