using System.Globalization;
using System.Numerics;
using Extraction.Index.Query;
using Extraction.Index.Results;

namespace Extraction.Index.Sqlite.Postings;

/// <summary>
/// Runs a compiled query over the posting bitmaps, block by block from the newest: the match set is
/// ANDs and ORs of key bitmaps, so its exact size and its facets cost word operations and array
/// lookups, not a row read per match. Ranking scores the newest <c>rankCap</c> matches by BM25 with
/// binary term frequency: each clause's IDF times the weight of the field it was found in (parties 5,
/// title 4, subject 2, body 1), see <see cref="BlockRanks"/>.
/// </summary>
internal sealed class PostingSearch
{
    internal const double PartyWeight = 5;
    internal const double TitleWeight = 4;
    internal const double SubjectWeight = 2;

    /// <summary>Longest from:/to: span turned into year keys; wider ranges are checked on the dates only.</summary>
    private const int MaxYearSpan = 40;

    /// <summary>Above this many blocks to rank, a key's containers are read in one query for all blocks (measured: one block costs 12 µs, all 23 blocks 90 µs).</summary>
    private const int WholeKeyBlocks = 6;

    private readonly PreparedCommands sql;
    private readonly FacetChunkCache chunks;
    private readonly FacetCodes codes;
    private readonly ContainerArena arena;
    private readonly PostingStatements statements;

    public PostingSearch(PreparedCommands sql, PostingStatements statements, FacetChunkCache chunks, FacetCodes codes, ContainerArena arena)
    {
        this.arena = arena;
        this.statements = statements;
        this.sql = sql;
        this.chunks = chunks;
        this.codes = codes;
    }

    public PostingResult Run(CompiledQuery q, bool articles, bool facets, int keep, int rankCap)
    {
        ArgumentNullException.ThrowIfNull(q);
        var containers = new ContainerReader(statements, arena);
        // Matching reads one key per word or pair (the a: field holds every text field's), all blocks at once;
        // ranking reads the per-field keys only for the blocks it ranks, the newest.
        var matching = q.Clauses.Select(c => c.Select(p => PostingKeys.OfPhrase(PostingKeys.MatchField(p.Field), p.Folded)).ToList()).ToList();
        var ranking = q.Clauses.Select(RankPlan).ToList();
        var excluded = q.Excluded.Select(p => PostingKeys.OfPhrase(PostingKeys.MatchField(p.Field), p.Folded)).ToList();
        var years = Years(q).Select(PostingKeys.Year).ToList();
        var (from, to) = (q.FromKey ?? 0, q.ToKey ?? int.MaxValue);
        var checkDates = q.FromKey is not null || q.ToKey is not null;
        var proximity = q.Proximity.SelectMany(run => "pts".Select(f => PostingKeys.OfPhrase(f, run.Phrase.Folded))).ToList();
        // Per clause, the spelled keys of its alternatives typed with diacritics (none: spelling does not matter).
        var spelled = q.Clauses.Select(c => c.Where(p => p.UseExact).Select(p => PostingKeys.Spelled(p.Exact, p.Folded)).Where(k => k.Count > 0).ToList()).ToList();

        var collector = new ResultCollector(0, keep) { CountFacets = false };
        var counts = new FacetTally();
        var total = 0;
        var ranked = 0;
        var r = new ulong[IdBlock.Words];
        var tmp = new ulong[IdBlock.Words];
        var any = new ulong[IdBlock.Words];
        var stored = chunks.Versions(sql);
        var ranks = new BlockRanks(Idf(containers, matching, stored));
        var toRank = new List<(int Block, ulong[] Matches, int Count, BlockFacets Slots)>();

        foreach (var (block, versions) in stored)
        {
            Array.Clear(r);
            containers.OrInto(PostingKeys.Docs(articles), block, r);
            if (containers.Get(PostingKeys.Hidden, block) is { IsEmpty: false } hidden)
            {
                IdBlock.CopyInto(hidden.Span, tmp);
                IdBlock.AndNot(r, tmp);
            }
            for (var c = 0; c < matching.Count && !IdBlock.IsEmpty(r); c++)
            {
                Array.Clear(any);
                foreach (var keys in matching[c])
                {
                    if (containers.AllOf(keys, block, tmp, whole: true))
                    {
                        IdBlock.Or(any, tmp);
                    }
                }
                IdBlock.And(r, any);
            }
            if (years.Count > 0 && !IdBlock.IsEmpty(r))
            {
                Array.Clear(tmp);
                foreach (var y in years)
                {
                    containers.OrInto(y, block, tmp);
                }
                IdBlock.And(r, tmp);
            }
            foreach (var keys in excluded)
            {
                if (!IdBlock.IsEmpty(r) && containers.AllOf(keys, block, tmp, whole: true))
                {
                    IdBlock.AndNot(r, tmp);
                }
            }
            if (IdBlock.IsEmpty(r))
            {
                continue;
            }
            var slots = chunks.Get(sql, block, versions);
            if (checkDates)
            {
                ForEachNewest(r, o =>
                {
                    var d = slots.DateKey(o);
                    if (d == 0 || d < from || d > to)
                    {
                        r[o >> 6] &= ~(1UL << (o & 63));
                    }
                    return true;
                });
            }
            var count = IdBlock.Count(r);
            total += count;
            if (ranked < rankCap)
            {
                toRank.Add((block, (ulong[])r.Clone(), count, slots));
                ranked += count;
            }
            if (facets)
            {
                counts.Add(r, slots);
            }
        }
        // Ranking reads the per-field keys of the blocks it ranks: one block at a time while they are
        // few, or each key's whole list at once when the matches are spread thin over many blocks.
        var whole = toRank.Count > WholeKeyBlocks;
        var scored = 0;
        foreach (var (block, matches, count, slots) in toRank)
        {
            ranks.Load(containers, block, Math.Min(count, rankCap - scored), ranking, proximity, spelled, whole);
            for (var w = IdBlock.Words - 1; w >= 0 && scored < rankCap; w--)
            {
                var word = matches[w];
                while (word != 0 && scored < rankCap)
                {
                    var bit = 63 - BitOperations.LeadingZeroCount(word);
                    word &= ~(1UL << bit);
                    var o = (w << 6) | bit;
                    var score = ranking.Count == 0 ? 0 : ranks.Score(o, slots.PartyWords(o));
                    collector.Add(new MatchRow(IdBlock.IdOf(block, o), score, slots.DateKey(o), null, null, null, ""));
                    scored++;
                }
            }
        }
        var facetCounts = facets ? counts.Top(code => codes.Name(sql, code)) : new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        return new PostingResult(total, collector.Page(0), facetCounts);
    }

    /// <summary>
    /// BM25's inverse document frequency of each clause: a clause of rare words weighs more than one of
    /// common words wherever it is found. A clause's document count is taken as the sum over its
    /// alternatives of their rarest key's count (an upper bound, so never an over-weight).
    /// </summary>
    private static double[] Idf(ContainerReader containers, List<List<List<string>>> matching, List<(int Block, List<(int Chunk, long Version)> Chunks)> stored)
    {
        // The collection size, within one chunk: doc ids are dense (never reused), and the lists hold
        // agreement and article rows alike.
        var n = stored.Count == 0 ? 0 : (stored[0].Chunks[0].Chunk + 1) * FacetChunk.Size;
        return matching.Select(alternatives =>
        {
            var df = Math.Min(n, alternatives.Where(keys => keys.Count > 0).Sum(keys => keys.Min(containers.DocCount)));
            return Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
        }).ToArray();
    }

    /// <summary>Each alternative of a clause as (keys a field must all hold, the weight of that field); the body's weight is the default, so it is not read.</summary>
    private static List<(List<string> Keys, double Weight)> RankPlan(IReadOnlyList<KeyPhrase> clause) =>
        clause.SelectMany(p => p.Field switch
        {
            QueryField.Party => [(PostingKeys.OfPhrase('p', p.Folded), PartyWeight)],
            QueryField.Any => new[] { ('p', PartyWeight), ('t', TitleWeight), ('s', SubjectWeight) }.Select(f => (PostingKeys.OfPhrase(f.Item1, p.Folded), f.Item2)),
            _ => Enumerable.Empty<(List<string>, double)>(),
        }).ToList();

    /// <summary>Calls visit for each set bit from the highest offset (the newest doc) down, while it returns true.</summary>
    private static void ForEachNewest(ulong[] bits, Func<int, bool> visit)
    {
        for (var w = IdBlock.Words - 1; w >= 0; w--)
        {
            var word = bits[w];
            while (word != 0)
            {
                var bit = 63 - BitOperations.LeadingZeroCount(word);
                word &= ~(1UL << bit);
                if (!visit((w << 6) | bit))
                {
                    return;
                }
            }
        }
    }

    /// <summary>The years a doc must fall in for the query's year: and from:/to: filters, or empty when unbounded.</summary>
    private static List<int> Years(CompiledQuery q)
    {
        var years = q.Years.ToList();
        if (q.From is DateOnly from && q.To is DateOnly to && to.Year - from.Year <= MaxYearSpan)
        {
            var span = Enumerable.Range(from.Year, Math.Max(0, to.Year - from.Year + 1)).ToList();
            years = years.Count == 0 ? span : years.Intersect(span).ToList();
            if (years.Count == 0)
            {
                // No year can pass both filters: a year no doc holds keeps the match set empty.
                years.Add(0);
            }
        }
        return years;
    }
}
