namespace Extraction.Index.Sqlite.Postings;

/// <summary>
/// What ranks the matches of one block: per clause, whether a doc holds it in the parties (5), title (4)
/// or subject (2), else the body (1); whether words typed together stand together in those fields
/// (×1.5); and the share of phrases typed with diacritics that a doc spells so (a full share doubles).
/// </summary>
internal sealed class BlockRanks
{
    private const double ProximityBoost = 1.5;

    /// <summary>From this many matches in a block, its key sets are worked out as bitmaps (see <see cref="DocSet"/>).</summary>
    private const int BitmapFrom = 256;

    // Per clause, its alternatives best weight first.
    private (DocSet Docs, double Weight)[][] clauses = [];
    private DocSet[] adjacent = [];
    private DocSet[] spelled = [];
    private int spelledCount;

    public void Load(
        ContainerReader containers,
        int block,
        int matches,
        List<List<(List<string> Keys, double Weight)>> ranking,
        List<List<string>> proximity,
        List<List<string>> spelledKeys,
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
        spelled = spelledKeys.Select(Of).OfType<DocSet>().ToArray();
        spelledCount = spelledKeys.Count;
    }

    public double Score(int offset, int partyWords)
    {
        var score = 0.0;
        var inParties = 0;
        foreach (var alternatives in clauses)
        {
            var best = 1.0;
            foreach (var (docs, weight) in alternatives)
            {
                if (docs.Has(offset))
                {
                    best = weight;
                    break;
                }
            }
            inParties += best == PostingSearch.PartyWeight ? 1 : 0;
            score += best;
        }
        // A clause found among few parties says more than one found among many.
        score += inParties > 0 ? inParties / (1.0 + (partyWords / 8.0)) : 0;
        var boost = 1.0;
        foreach (var docs in adjacent)
        {
            if (docs.Has(offset))
            {
                boost = ProximityBoost;
                break;
            }
        }
        var found = 0;
        foreach (var docs in spelled)
        {
            found += docs.Has(offset) ? 1 : 0;
        }
        return score * boost * (1 + (spelledCount == 0 ? 0 : found / (double)spelledCount));
    }
}
