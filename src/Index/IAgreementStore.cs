using Extraction.Extract.Model;

namespace Extraction.Index;

/// <summary>A database of extracted articles: SQLite (embedded default) or PostgreSQL (team server).</summary>
public interface IAgreementStore : IDisposable
{
    /// <summary>Stores an article and its agreements, replacing whatever was stored for the same source.</summary>
    void Upsert(ExtractedArticle article);

    /// <summary>Runs a query in the query language of the README; throws <see cref="QuerySyntaxException"/> on a malformed one.</summary>
    SearchResults Search(SearchRequest request);

    /// <summary>The stored article with this id (or unique id prefix), or null.</summary>
    ExtractedArticle? Get(string id);

    /// <summary>Every stored article, in a stable order, streamed.</summary>
    IEnumerable<ExtractedArticle> All();

    StoreStats Stats();
}
