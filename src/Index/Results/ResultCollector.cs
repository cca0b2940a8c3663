using System.Globalization;

namespace Extraction.Index.Results;

/// <summary>
/// Counts facets over every match and keeps the best page, in one pass over the match set, so the
/// facets come from exactly the query that produced the hits.
/// </summary>
public sealed class ResultCollector
{
    public const char PartySeparator = '\u001f';

    /// <summary>Values listed per facet.</summary>
    public const int FacetSize = 20;

    private readonly int keep;
    private readonly PriorityQueue<MatchRow, MatchRow> best;
    private readonly Dictionary<string, int> parties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> years = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> kinds = new(StringComparer.Ordinal);

    public ResultCollector(int offset, int limit)
    {
        keep = Math.Max(0, offset) + Math.Max(0, limit);
        // The queue's head is the worst row kept, so a better row can replace it.
        best = new PriorityQueue<MatchRow, MatchRow>(Comparer<MatchRow>.Create((a, b) => Compare(b, a)));
    }

    public int Total { get; private set; }

    /// <summary>Off when the caller wants hits and total only.</summary>
    public bool CountFacets { get; init; } = true;

    /// <summary>Rank order: score, then newer first, then id, the same order the SQL uses.</summary>
    public static int Compare(MatchRow a, MatchRow b)
    {
        var c = b.Score.CompareTo(a.Score);
        if (c == 0)
        {
            c = b.DateKey.CompareTo(a.DateKey);
        }
        return c != 0 ? c : a.Id.CompareTo(b.Id);
    }

    public void Add(MatchRow row)
    {
        Total++;
        if (keep > 0)
        {
            if (best.Count < keep)
            {
                best.Enqueue(row, row);
            }
            else if (Compare(row, best.Peek()) < 0)
            {
                best.DequeueEnqueue(row, row);
            }
        }
        if (!CountFacets)
        {
            return;
        }
        Count(kinds, row.Kind);
        Count(places, row.Place);
        Count(years, row.Year?.ToString(CultureInfo.InvariantCulture));
        if (row.Parties.Length > 0)
        {
            foreach (var p in row.Parties.Split(PartySeparator))
            {
                Count(parties, p);
            }
        }
    }

    /// <summary>Ids and scores of the requested page, in rank order.</summary>
    public List<(long Id, double Score)> Page(int offset)
    {
        var rows = best.UnorderedItems.Select(x => x.Element).ToList();
        rows.Sort(Compare);
        return rows.Skip(Math.Max(0, offset)).Select(r => (r.Id, r.Score)).ToList();
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets() => new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal)
    {
        ["party"] = Top(parties),
        ["place"] = Top(places),
        ["year"] = Top(years),
        ["kind"] = Top(kinds),
    };

    public static IReadOnlyList<FacetCount> Top(Dictionary<string, int> counts) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(FacetSize).Select(kv => new FacetCount(kv.Key, kv.Value)).ToList();

    private static void Count(Dictionary<string, int> counts, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }
    }
}
