using Extraction.Extract.Model;

namespace Extraction.Index.Storage;

/// <summary>Row-reading logic both backends share: keyset paging over sources and id-prefix resolution.</summary>
internal static class StoredRows
{
    /// <summary>
    /// Every row a batch reader returns, a batch at a time, keyed on source: rows upserted meanwhile
    /// drop out of a filtered set without shifting the next batch, so a stopped run resumes cleanly.
    /// </summary>
    public static IEnumerable<ExtractedArticle> BySource(Func<string, List<(string Source, ExtractedArticle Article)>> readAfter, int batchSize)
    {
        var last = "";
        while (true)
        {
            var batch = readAfter(last);
            foreach (var (_, article) in batch)
            {
                yield return article;
            }
            if (batch.Count < batchSize)
            {
                yield break;
            }
            last = batch[^1].Source;
        }
    }

    /// <summary>An exact id wins; a prefix must name one article (copies of one text share an id).</summary>
    public static ExtractedArticle? PickByIdPrefix(string id, IReadOnlyList<(string Id, ExtractedArticle Article)> found)
    {
        if (found.Count == 0)
        {
            return null;
        }
        return found[0].Id == id || found.Select(f => f.Id).Distinct(StringComparer.Ordinal).Count() == 1 ? found[0].Article : null;
    }
}
