using Extraction.Index.Query;
using Lucene.Net.Search;

namespace Extraction.Index.Lucene;

/// <summary>
/// Every match of a query, in the order a search ranks them, for what reads a whole result (the timeline,
/// the co-signing network, an export): one pass counts, a second keeps them all, so nothing is capped and
/// no page is searched twice.
/// </summary>
internal static class AllMatches
{
    public static List<(long RowId, double Score)> Of(IndexSearcher searcher, CompiledQuery q, SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var whole = request with { Offset = 0, Limit = 0, Facets = false };
        var total = LuceneSearch.Run(searcher, q, whole).Total;
        return total == 0 ? [] : LuceneSearch.Run(searcher, q, whole with { Limit = total }).Page;
    }

    /// <summary>The rows a few hundred at a time, loaded as they are read, so a large result is never held whole.</summary>
    public static IEnumerable<SearchHit> Load(List<(long RowId, double Score)> rows, Func<List<(long RowId, double Score)>, List<SearchHit>> loadChunk)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(loadChunk);
        for (var at = 0; at < rows.Count; at += ChunkSize)
        {
            foreach (var hit in loadChunk(rows.GetRange(at, Math.Min(ChunkSize, rows.Count - at))))
            {
                yield return hit;
            }
        }
    }

    private const int ChunkSize = 500;
}
