using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Extraction.Index.Lucene;

/// <summary>
/// Counts every match and its facet values from DocValues in the pass that feeds the ranking collector,
/// so totals and facets come from exactly the query that produced the hits. Counts go per segment by
/// ordinal and are turned into strings once per segment.
/// </summary>
internal sealed class FacetCollector(ICollector inner, bool countFacets) : ICollector
{
    private readonly Dictionary<string, int> parties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> years = new(StringComparer.Ordinal);
    private SortedSetDocValues? partyValues;
    private SortedDocValues? placeValues;
    private SortedDocValues? kindValues;
    private SortedDocValues? yearValues;
    private int[] partyCounts = [];
    private int[] placeCounts = [];
    private int[] kindCounts = [];
    private int[] yearCounts = [];

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        inner.SetNextReader(context);
        if (!countFacets)
        {
            return;
        }
        var r = context.AtomicReader;
        partyValues = r.GetSortedSetDocValues(IndexFields.PartyFacet);
        placeValues = r.GetSortedDocValues(IndexFields.PlaceFacet);
        kindValues = r.GetSortedDocValues(IndexFields.KindFacet);
        yearValues = r.GetSortedDocValues(IndexFields.YearFacet);
        partyCounts = new int[partyValues?.ValueCount ?? 0];
        placeCounts = new int[placeValues?.ValueCount ?? 0];
        kindCounts = new int[kindValues?.ValueCount ?? 0];
        yearCounts = new int[yearValues?.ValueCount ?? 0];
    }

    public void Collect(int doc)
    {
        Total++;
        inner.Collect(doc);
        if (!countFacets)
        {
            return;
        }
        if (partyValues is not null)
        {
            partyValues.SetDocument(doc);
            long ord;
            while ((ord = partyValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                partyCounts[ord]++;
            }
        }
        Count(placeValues, placeCounts, doc);
        Count(kindValues, kindCounts, doc);
        Count(yearValues, yearCounts, doc);
    }

    /// <summary>Adds what another collector counted over other documents (a part of a split search, <see cref="DocRanges"/>).</summary>
    public void Add(FacetCollector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Flush();
        other.Flush();
        Total += other.Total;
        foreach (var (mine, theirs) in new[] { (parties, other.parties), (places, other.places), (kinds, other.kinds), (years, other.years) })
        {
            foreach (var (value, count) in theirs)
            {
                mine[value] = mine.GetValueOrDefault(value) + count;
            }
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets()
    {
        Flush();
        return new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal)
        {
            ["party"] = Results.ResultCollector.Top(parties),
            ["place"] = Results.ResultCollector.Top(places),
            ["year"] = Results.ResultCollector.Top(years),
            ["kind"] = Results.ResultCollector.Top(kinds),
        };
    }

    private static void Count(SortedDocValues? values, int[] counts, int doc)
    {
        if (values is not null && values.GetOrd(doc) is var ord and >= 0)
        {
            counts[ord]++;
        }
    }

    private void Flush()
    {
        var term = new BytesRef();
        for (var i = 0; i < partyCounts.Length; i++)
        {
            if (partyCounts[i] > 0)
            {
                partyValues!.LookupOrd(i, term);
                Add(parties, term, partyCounts[i]);
            }
        }
        Flush(placeValues, placeCounts, places, term);
        Flush(kindValues, kindCounts, kinds, term);
        Flush(yearValues, yearCounts, years, term);
        partyCounts = placeCounts = kindCounts = yearCounts = [];
    }

    private static void Flush(SortedDocValues? values, int[] counts, Dictionary<string, int> into, BytesRef term)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0)
            {
                values!.LookupOrd(i, term);
                Add(into, term, counts[i]);
            }
        }
    }

    private static void Add(Dictionary<string, int> into, BytesRef term, int count)
    {
        var value = term.Utf8ToString();
        into[value] = into.GetValueOrDefault(value) + count;
    }
}
