using Extraction.Extract.Model;
using Extraction.Ingest;
using Extraction.Ingest.Duplicates;

namespace Extraction.Index;

/// <summary>A database of extracted articles: SQLite (embedded default) or PostgreSQL (team server).</summary>
public interface IAgreementStore : IDisposable
{
    /// <summary>Stores an article and its agreements, replacing whatever was stored for the same source, and says whether that was another page.</summary>
    UpsertOutcome Upsert(ExtractedArticle article);

    /// <summary>Runs a query in the query language of the README; throws <see cref="QuerySyntaxException"/> on a malformed one.</summary>
    SearchResults Search(SearchRequest request);

    /// <summary>
    /// Every match of a query, in the order <see cref="Search"/> ranks them (its offset and limit ignored), read a
    /// few hundred at a time as enumerated: for the timeline, the network and exports. Snippets are left unmarked.
    /// Throws <see cref="QuerySyntaxException"/> on a malformed query when called, not when enumerated.
    /// </summary>
    IEnumerable<SearchHit> Matches(SearchRequest request);

    /// <summary>The stored article with this id (or unique id prefix), or null.</summary>
    ExtractedArticle? Get(string id);

    /// <summary>The distinct stored ids starting with <paramref name="prefix"/>, in order, at most <paramref name="limit"/>: to tell "no such id" from "ambiguous".</summary>
    IReadOnlyList<string> IdsStartingWith(string prefix, int limit);

    /// <summary>Every stored article, in a stable order, streamed.</summary>
    IEnumerable<ExtractedArticle> All();

    StoreStats Stats();

    /// <summary>Throws the search index away and builds it again from the stored articles (it is derived data).</summary>
    void Reindex();

    /// <summary>Where an ingest into this store keeps its near-duplicate signatures (see <see cref="NearDuplicateDetector"/>).</summary>
    INearDuplicateIndex NearDuplicates { get; }

    /// <summary>
    /// Stores many articles in batched transactions; an article that fails is rolled back alone and
    /// reported, and everything stored before (and after) it stays.
    /// </summary>
    UpsertReport UpsertMany(IEnumerable<ExtractedArticle> articles, int batchSize = 500) =>
        UpsertMany(articles, new WriteBatching { MaxArticles = batchSize, MaxTime = TimeSpan.MaxValue });

    /// <summary>
    /// As <see cref="UpsertMany(IEnumerable{ExtractedArticle}, int)"/>, committing by count or time and saying
    /// what happened to each article as it goes. The articles are pulled inside the open transaction, so what
    /// producing one writes through <see cref="NearDuplicates"/> commits with it.
    /// </summary>
    UpsertReport UpsertMany(IEnumerable<ExtractedArticle> articles, WriteBatching batching);

    /// <summary>The raw-input hash stored with each source's article (<see cref="Article.InputHash"/>), streamed: what an ingest may skip.</summary>
    IEnumerable<(string Source, string Hash)> InputHashes();

    /// <summary>
    /// Stored articles an older extractor version than <paramref name="version"/> wrote, streamed in
    /// source order a batch at a time. Upserting each one as it comes removes it from the set, so a
    /// stopped run that is started again continues where it stopped and never duplicates.
    /// </summary>
    IEnumerable<Article> ArticlesNeedingVersion(string version);
}
