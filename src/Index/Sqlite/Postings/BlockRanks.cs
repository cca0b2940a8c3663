namespace Extraction.Index.Sqlite.Postings;

/// <summary>
/// What ranks the matches of one block: per clause, its BM25 inverse document frequency times the weight
/// of the field a doc holds it in: parties (5), title (4) or subject (2), else the body (1); whether words typed together stand together in those fields
/// (×1.5); and a clause typed with diacritics counts half where the doc has it only under other marks.
/// </summary>
internal sealed class BlockRanks
{
    private const double ProximityBoost = 1.5;

    /// <summary>A clause typed with diacritics and found only under other marks ("hóa" for "hoà") counts half.</summary>
    private const double FoldedOnly = 0.5;

    /// <summary>From this many matches in a block, its key sets are worked out as bitmaps (see <see cref="DocSet"/>).</summary>
    private const int BitmapFrom = 256;

    // Per clause, its alternatives best weight first.
    private (DocSet Docs, double Weight)[][] clauses = [];
    private DocSet[] adjacent = [];
    // Per clause: null when typed without diacritics, else the docs spelling one of its alternatives as typed.
    private DocSet[]?[] spelled = [];
    private readonly double[] idf;

    /// <param name="idf">Each clause's inverse document frequency, multiplying its field weight.</param>
    public BlockRanks(double[] idf) => this.idf = idf;

    public void Load(
        ContainerReader containers,
        int block,
        int matches,
        List<List<(List<string> Keys, double Weight)>> ranking,
        List<List<string>> proximity,
        List<List<List<string>>> spelledKeys,
        bool whole)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(proximity);
        ArgumentNullException.ThrowIfNull(spelledKeys);
        var asBitmap = matches >= BitmapFrom;
        DocSet? Of(List<string> keys) => DocSet.Of(containers, keys, block, whole, asBitmap);
        clauses = ranking
            .Select(clause => clause.OrderByDescending(a => a.Weight)
                .Select(a => (Docs: Of(a.Keys), a.Weight))
                .Where(a => a.Docs is not null)
                .Select(a => (a.Docs!, a.Weight))
                .ToArray())
            .ToArray();
        adjacent = proximity.Select(Of).OfType<DocSet>().ToArray();
        spelled = spelledKeys.Select(alternatives => alternatives.Count == 0 ? null : alternatives.Select(Of).OfType<DocSet>().ToArray()).ToArray();
    }

    public double Score(int offset, int partyWords)
    {
        var score = 0.0;
        var inParties = 0.0;
        for (var c = 0; c < clauses.Length; c++)
        {
            var best = 1.0;
            foreach (var (docs, weight) in clauses[c])
            {
                if (docs.Has(offset))
                {
                    best = weight;
                    break;
                }
            }
            var clauseWeight = idf[c] * (SpelledAsTyped(c, offset) ? 1 : FoldedOnly);
            inParties += best == PostingSearch.PartyWeight ? clauseWeight : 0;
            score += best * clauseWeight;
        }
        // A clause found among few parties says more than one found among many.
        score += inParties / (1.0 + (partyWords / 8.0));
        var boost = 1.0;
        foreach (var docs in adjacent)
        {
            if (docs.Has(offset))
            {
                boost = ProximityBoost;
                break;
            }
        }
        return score * boost;
    }

    /// <summary>Whether the doc spells the clause as typed, or the clause was typed without diacritics.</summary>
    private bool SpelledAsTyped(int clause, int offset)
    {
        if (spelled[clause] is not { } docs)
        {
            return true;
        }
        foreach (var d in docs)
        {
            if (d.Has(offset))
            {
                return true;
            }
        }
        return false;
    }
}
