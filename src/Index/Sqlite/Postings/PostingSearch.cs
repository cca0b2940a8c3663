using System.Globalization;
using System.Numerics;
using Extraction.Index.Query;
using Extraction.Index.Results;

namespace Extraction.Index.Sqlite.Postings;

/// <summary>
/// Runs a compiled query over the posting bitmaps, block by block from the newest: the match set is
/// ANDs and ORs of key bitmaps, so its exact size and its facets cost word operations and array
/// lookups, not a row read per match. Ranking scores the newest <c>rankCap</c> matches by the field
/// each clause was found in (parties 5, title 4, subject 2, body 1, as bm25's column weights were),
/// plus a bonus for clauses found among few party words.
/// </summary>
internal sealed class PostingSearch
{
    private const double PartyWeight = 5;
    private const double TitleWeight = 4;
    private const double SubjectWeight = 2;
    private const double BodyWeight = 1;

    /// <summary>Words typed next to each other that also stand together in the parties, title or subject.</summary>
    private const double ProximityBoost = 1.5;

    /// <summary>Longest from:/to: span turned into year keys; wider ranges are checked on the dates only.</summary>
    private const int MaxYearSpan = 40;

    private const int FacetSize = 20;

    private readonly PreparedCommands sql;
    private readonly FacetBlockCache blocks;
    private readonly FacetCodes codes;

    public PostingSearch(PreparedCommands sql, FacetBlockCache blocks, FacetCodes codes)
    {
        this.sql = sql;
        this.blocks = blocks;
        this.codes = codes;
    }

    public PostingResult Run(CompiledQuery q, bool articles, bool facets, int keep, int rankCap)
    {
        ArgumentNullException.ThrowIfNull(q);
        var containers = new ContainerReader(sql);
        var clauses = q.Clauses.Select(Plan).ToList();
        var excluded = q.Excluded.SelectMany(p => PostingKeys.FieldsOf(p.Field).Select(f => PostingKeys.OfPhrase(f, p.Folded))).ToList();
        var years = Years(q).Select(PostingKeys.Year).ToList();
        var (from, to) = (q.FromKey ?? 0, q.ToKey ?? int.MaxValue);
        var checkDates = q.FromKey is not null || q.ToKey is not null;
        var proximity = q.Proximity.SelectMany(run => "pts".Select(f => PostingKeys.OfPhrase(f, run.Phrase.Folded))).ToList();
        var adjacent = new ulong[IdBlock.Words];
        var spelled = q.Clauses.SelectMany(c => c).Where(p => p.UseExact).Select(p => PostingKeys.Spelled(p.Exact, p.Folded)).Where(k => k.Count > 0).ToList();
        var spelledBits = spelled.Select(_ => new ulong[IdBlock.Words]).ToList();

        var collector = new ResultCollector(0, keep) { CountFacets = false };
        var counts = new FacetTally();
        var total = 0;
        var ranked = 0;
        var r = new ulong[IdBlock.Words];
        var tmp = new ulong[IdBlock.Words];
        var weights = clauses.Select(_ => (Five: new ulong[IdBlock.Words], Four: new ulong[IdBlock.Words], Two: new ulong[IdBlock.Words])).ToList();
        var any = new ulong[IdBlock.Words];

        foreach (var (block, version) in FacetBlockCache.Versions(sql))
        {
            Array.Clear(r);
            containers.OrInto(PostingKeys.Docs(articles), block, r);
            if (containers.Get(PostingKeys.Hidden, block) is { } hidden)
            {
                IdBlock.CopyInto(hidden, tmp);
                IdBlock.AndNot(r, tmp);
            }
            for (var c = 0; c < clauses.Count && !IdBlock.IsEmpty(r); c++)
            {
                var (five, four, two) = weights[c];
                Array.Clear(five);
                Array.Clear(four);
                Array.Clear(two);
                Array.Clear(any);
                foreach (var (keys, weight) in clauses[c])
                {
                    if (!AllOf(containers, keys, block, tmp))
                    {
                        continue;
                    }
                    IdBlock.Or(any, tmp);
                    var target = weight switch { PartyWeight => five, TitleWeight => four, SubjectWeight => two, _ => null };
                    if (target is not null)
                    {
                        IdBlock.Or(target, tmp);
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
                if (!IdBlock.IsEmpty(r) && AllOf(containers, keys, block, tmp))
                {
                    IdBlock.AndNot(r, tmp);
                }
            }
            if (IdBlock.IsEmpty(r))
            {
                continue;
            }
            var slots = blocks.Get(sql, block, version);
            if (checkDates)
            {
                ForEachNewest(r, o =>
                {
                    var d = slots.DateKeys[o];
                    if (d == 0 || d < from || d > to)
                    {
                        r[o >> 6] &= ~(1UL << (o & 63));
                    }
                    return true;
                });
            }
            total += IdBlock.Count(r);
            if (ranked < rankCap)
            {
                Array.Clear(adjacent);
                foreach (var keys in proximity)
                {
                    if (AllOf(containers, keys, block, tmp))
                    {
                        IdBlock.Or(adjacent, tmp);
                    }
                }
                for (var i = 0; i < spelled.Count; i++)
                {
                    AllOf(containers, spelled[i], block, spelledBits[i]);
                }
                ForEachNewest(r, o =>
                {
                    var score = clauses.Count == 0 ? 0 : Score(weights, o, slots.PartyWords[o]) * (IdBlock.Has(adjacent, o) ? ProximityBoost : 1) * (1 + SpelledShare(spelledBits, o));
                    collector.Add(new MatchRow(IdBlock.IdOf(block, o), score, slots.DateKeys[o], null, null, null, ""));
                    return ++ranked < rankCap;
                });
            }
            if (facets)
            {
                counts.Add(r, slots);
            }
        }
        var facetCounts = facets ? counts.Top(code => codes.Name(sql, code), FacetSize) : new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        return new PostingResult(total, collector.Page(0), facetCounts);
    }

    /// <summary>Each alternative of a clause as (keys a field must all hold, the weight of that field).</summary>
    private static List<(List<string> Keys, double Weight)> Plan(IReadOnlyList<KeyPhrase> clause) =>
        clause.SelectMany(p => PostingKeys.FieldsOf(p.Field).Select(f => (PostingKeys.OfPhrase(f, p.Folded), p.Field switch
        {
            QueryField.Party => PartyWeight,
            QueryField.Place or QueryField.Kind => BodyWeight,
            _ => f switch { 'p' => PartyWeight, 't' => TitleWeight, 's' => SubjectWeight, _ => BodyWeight },
        }))).ToList();

    /// <summary>Sets into the docs of the block holding every key; false (into unset) when none can.</summary>
    private static bool AllOf(ContainerReader containers, List<string> keys, int block, ulong[] into)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            var container = containers.Get(keys[i], block);
            if (container is null)
            {
                Array.Clear(into);
                return false;
            }
            if (i == 0)
            {
                IdBlock.CopyInto(container, into);
            }
            else
            {
                IdBlock.AndInto(container, into);
            }
        }
        return keys.Count > 0 && !IdBlock.IsEmpty(into);
    }

    private static double Score(List<(ulong[] Five, ulong[] Four, ulong[] Two)> weights, int offset, int partyWords)
    {
        var score = 0.0;
        var inParties = 0;
        foreach (var (five, four, two) in weights)
        {
            if (IdBlock.Has(five, offset))
            {
                score += PartyWeight;
                inParties++;
            }
            else
            {
                score += IdBlock.Has(four, offset) ? TitleWeight : IdBlock.Has(two, offset) ? SubjectWeight : BodyWeight;
            }
        }
        // A clause found among few parties says more than one found among many.
        return score + (inParties > 0 ? inParties / (1.0 + (partyWords / 8.0)) : 0);
    }

    /// <summary>Share of the phrases typed with diacritics that the doc spells so: as when exact keys had their own column, a full exact match doubles the score.</summary>
    private static double SpelledShare(List<ulong[]> spelled, int offset)
    {
        if (spelled.Count == 0)
        {
            return 0;
        }
        var found = 0;
        foreach (var bits in spelled)
        {
            found += IdBlock.Has(bits, offset) ? 1 : 0;
        }
        return found / (double)spelled.Count;
    }

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
