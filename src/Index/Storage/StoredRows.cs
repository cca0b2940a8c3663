using System.Data.Common;
using Extraction.Extract.Model;
using Extraction.Extract.Serialization;
using Extraction.Ingest;

namespace Extraction.Index.Storage;

/// <summary>Row-reading logic both backends share: keyset paging over sources and id-prefix resolution.</summary>
internal static class StoredRows
{
    /// <summary>Stored articles (source, json, text) after a source, a batch at a time.</summary>
    public const string ArticlesAfter = "SELECT source, json, text FROM articles WHERE source > @last ORDER BY source LIMIT @n";

    /// <summary>As <see cref="ArticlesAfter"/>, only those extracted by another extractor version than @v.</summary>
    public const string ArticlesNeedingVersionAfter =
        "SELECT source, json, text FROM articles WHERE source > @last AND extractor_version <> @v ORDER BY source LIMIT @n";

    /// <summary>Every stored article, read with the backend's query runner (SQL, parameters) -> rows.</summary>
    public static IEnumerable<ExtractedArticle> All(Func<string, (string, object?)[], List<(string Source, ExtractedArticle Article)>> read, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(read);
        return BySource(last => read(ArticlesAfter, [("@last", last), ("@n", batchSize)]), batchSize);
    }

    /// <summary>Every stored article an extractor older than <paramref name="version"/> wrote (newer rows are left alone).</summary>
    public static IEnumerable<Article> NeedingVersion(Func<string, (string, object?)[], List<(string Source, ExtractedArticle Article)>> read, string version, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(version);
        return BySource(last => read(ArticlesNeedingVersionAfter, [("@last", last), ("@v", version), ("@n", batchSize)]), batchSize)
            .Where(a => ExtractorVersions.IsOlder(a.ExtractorVersion, version))
            .Select(a => a.Article);
    }

    /// <summary>The (first column, article) of each row of (key, json, text).</summary>
    public static List<(string Key, ExtractedArticle Article)> ReadArticles(DbDataReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var list = new List<(string, ExtractedArticle)>();
        while (r.Read())
        {
            list.Add((r.GetString(0), ArticleJsonReader.Read(r.GetString(1), r.GetString(2))));
        }
        return list;
    }

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

    /// <summary>The first column of every row, as strings.</summary>
    public static List<string> ReadIds(DbDataReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var ids = new List<string>();
        while (r.Read())
        {
            ids.Add(r.GetString(0));
        }
        return ids;
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
