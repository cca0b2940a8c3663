namespace Extraction.Index.Sqlite.Postings;

/// <summary>
/// What ranks the matches of one block: per clause, the docs holding it in the parties (5), title (4) or
/// subject (2), else the body (1); the docs where words typed together stand together in those fields
/// (×1.5); and the share of phrases typed with diacritics that a doc spells so (a full share doubles).
/// </summary>
internal sealed class BlockRanks
{
    private const double ProximityBoost = 1.5;

    private readonly (ulong[] Five, ulong[] Four, ulong[] Two)[] clauses;
    private readonly ulong[] adjacent = new ulong[IdBlock.Words];
    private readonly ulong[][] spelled;

    public BlockRanks(int clauseCount, int spelledCount)
    {
        clauses = Enumerable.Range(0, clauseCount).Select(_ => (new ulong[IdBlock.Words], new ulong[IdBlock.Words], new ulong[IdBlock.Words])).ToArray();
        spelled = Enumerable.Range(0, spelledCount).Select(_ => new ulong[IdBlock.Words]).ToArray();
    }

    public void Load(
        ContainerReader containers,
        int block,
        List<List<(List<string> Keys, double Weight)>> ranking,
        List<List<string>> proximity,
        List<List<string>> spelledKeys,
        ulong[] tmp,
        bool whole)
    {
        for (var c = 0; c < clauses.Length; c++)
        {
            var (five, four, two) = clauses[c];
            Array.Clear(five);
            Array.Clear(four);
            Array.Clear(two);
            foreach (var (keys, weight) in ranking[c])
            {
                if (PostingSearch.AllOf(containers, keys, block, tmp, whole))
                {
                    IdBlock.Or(weight switch { PostingSearch.PartyWeight => five, PostingSearch.TitleWeight => four, _ => two }, tmp);
                }
            }
        }
        Array.Clear(adjacent);
        foreach (var keys in proximity)
        {
            if (PostingSearch.AllOf(containers, keys, block, tmp, whole))
            {
                IdBlock.Or(adjacent, tmp);
            }
        }
        for (var i = 0; i < spelled.Length; i++)
        {
            PostingSearch.AllOf(containers, spelledKeys[i], block, spelled[i], whole);
        }
    }

    public double Score(int offset, int partyWords)
    {
        var score = 0.0;
        var inParties = 0;
        foreach (var (five, four, two) in clauses)
        {
            if (IdBlock.Has(five, offset))
            {
                score += PostingSearch.PartyWeight;
                inParties++;
            }
            else
            {
                score += IdBlock.Has(four, offset) ? PostingSearch.TitleWeight : IdBlock.Has(two, offset) ? PostingSearch.SubjectWeight : 1;
            }
        }
        // A clause found among few parties says more than one found among many.
        score += inParties > 0 ? inParties / (1.0 + (partyWords / 8.0)) : 0;
        var spelledFound = 0;
        foreach (var bits in spelled)
        {
            spelledFound += IdBlock.Has(bits, offset) ? 1 : 0;
        }
        var share = spelled.Length == 0 ? 0 : spelledFound / (double)spelled.Length;
        return score * (IdBlock.Has(adjacent, offset) ? ProximityBoost : 1) * (1 + share);
    }
}
