using Extraction.Index;

namespace Extraction.Web.Api;

/// <summary>
/// The hits of a query beyond one page, for the timeline, the network and the export: pages through
/// <see cref="IAgreementStore.Search"/> without facets (the store's own ranking, so the same engine answers),
/// up to a cap. A store may rank fewer matches than it counts, so the set may be
/// shorter than the total; callers report both.
/// </summary>
public static class MatchSet
{
    private const int PageSize = 500;

    public static IEnumerable<SearchHit> Hits(IAgreementStore store, SearchRequest request, int cap)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        var seen = 0;
        while (seen < cap)
        {
            var size = Math.Min(PageSize, cap - seen);
            var page = store.Search(request with { Offset = seen, Limit = size, Facets = false }).Hits;
            foreach (var hit in page)
            {
                yield return hit;
            }
            seen += page.Count;
            if (page.Count < size)
            {
                yield break;
            }
        }
    }
}
