using Extraction.Extract.Model;
using Extraction.Index.Indexing;

namespace Extraction.Index.Lucene;

/// <summary>
/// The docs a store's own writes built, kept until the index applies them, so applying a write does not
/// parse the stored JSON again. A change made meanwhile by another connection (another article id under
/// the source) is not served from here.
/// </summary>
internal sealed class BuiltDocs
{
    private readonly Dictionary<string, (string ArticleId, List<IndexedDoc> Docs)> built = new(StringComparer.Ordinal);

    public void Add(ExtractedArticle article, List<IndexedDoc> docs) => built[article.Article.Source] = (article.Article.Id, docs);

    /// <summary>After a rolled-back write nothing it built may be applied.</summary>
    public void Clear() => built.Clear();

    /// <summary>The rows of a source with their docs: from what this store built when the article id agrees, else from <paramref name="load"/>.</summary>
    public List<(long RowId, IndexedDoc Doc)> Rows(string source, List<(long Id, int Index, string ArticleId)> rows, Func<List<IndexedDoc>> load)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(load);
        var cached = built.Remove(source, out var b) ? b : default;
        if (rows.Count == 0)
        {
            return [];
        }
        var docs = cached.Docs is not null && cached.ArticleId == rows[0].ArticleId ? cached.Docs : load();
        var byIndex = docs.ToDictionary(d => d.AgreementIndex);
        return rows.Where(r => byIndex.ContainsKey(r.Index)).Select(r => (r.Id, byIndex[r.Index])).ToList();
    }
}
