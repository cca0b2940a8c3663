using System.Globalization;
using Extraction.Extract.Model;
using Extraction.Extract.Serialization;
using Extraction.Index.Indexing;
using Extraction.Index.Lucene;
using Extraction.Index.Query;
using Extraction.Index.Results;
using Extraction.Index.Storage;
using Extraction.Index.Text;
using Extraction.Ingest;
using Extraction.Ingest.Duplicates;
using Microsoft.Data.Sqlite;

namespace Extraction.Index.Sqlite;

/// <summary>
/// The embedded store: one SQLite file, WAL mode. Articles and their searchable rows are tables; search
/// runs on a Lucene index in the folder beside the file (<see cref="IndexPath"/>), derived from the rows
/// and kept in step by the change sequence (<see cref="SqliteIndexFeed"/>). Not thread-safe: one per thread.
/// </summary>
public sealed class SqliteAgreementStore : IAgreementStore
{
    private const int ReadBatch = 200;

    private static readonly Lazy<bool> Initialised = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    private readonly SqliteConnection connection;
    private readonly PreparedCommands sql;
    private readonly SearchKey keys;
    private readonly SqliteIndexFeed feed;
    private readonly SearchIndex index;
    private SqliteNearDuplicateIndex? nearDuplicates;
    private bool disposed;

    // The open batch of UpsertMany, which near-duplicate reads and writes join (a committed one has no connection).
    private SqliteTransaction? writing;

    public SqliteAgreementStore(string path, SearchKey? keys = null, StoreUse use = StoreUse.Search)
    {
        _ = Initialised.Value;
        this.keys = keys ?? SearchKey.Default;
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        connection = new SqliteConnection(builder.ToString());
        connection.Open();
        sql = new PreparedCommands(connection);
        // An 8 MiB page cache: reads of the file go through the memory map, so the cache mostly holds a write's
        // pages; at 64 MiB an ingest's memory grew with the file until the cache was full.
        sql.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-8192; PRAGMA mmap_size=4294967296; PRAGMA busy_timeout=5000;");
        var outdated = SqliteSchema.IsOutdated(connection);
        if (outdated)
        {
            // The key layout changed: the stored articles are kept and re-keyed.
            sql.Execute(SqliteSchema.DropKeys);
        }
        sql.Execute(SqliteSchema.Create);
        sql.Execute(InputHashTable.Create);
        SqliteIndexFeed.Create(sql);
        feed = new SqliteIndexFeed(sql);
        // The search index is derived data beside the file: whatever it missed (a crash before its commit, a deleted folder) is replayed now.
        if (use == StoreUse.BulkWrite)
        {
            StopMemoryMap();
        }
        index = SearchIndex.Open(IndexPath(path), this.keys, use);
        if (outdated)
        {
            BulkLoad(All().ToList());
        }
        index.CatchUp(feed);
    }

    /// <summary>Where the search index of the SQLite file <paramref name="path"/> lives: a folder beside it.</summary>
    public static string IndexPath(string path) => path + ".index";

    /// <summary>Rebuilds the search index from the stored rows.</summary>
    public void Reindex() => index.Rebuild(feed);

    /// <summary>For crash tests: the index loses what it applied since its last commit, as if the process had been killed.</summary>
    internal void LoseUncommittedIndex() => index.LoseUncommitted();

    public UpsertOutcome Upsert(ExtractedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var docs = DocBuilder.Build(article);
        using var tx = connection.BeginTransaction();
        try
        {
            var outcome = Store(article, docs, tx);
            tx.Commit();
            index.CatchUp(feed);
            return outcome;
        }
        catch
        {
            Forget();
            tx.Rollback();
            throw;
        }
    }

    public UpsertReport UpsertMany(IEnumerable<ExtractedArticle> articles, WriteBatching batching)
    {
        try
        {
            return BatchedUpsert.Run(
                articles,
                batching,
                () => writing = connection.BeginTransaction(),
                (article, tx) => WritesSearchIndex
                    ? Store(article, DocBuilder.Build(article), (SqliteTransaction)tx)
                    : StoreRowOnly(article, (SqliteTransaction)tx),
                e => e is SqliteException or ArgumentException or InvalidOperationException or FormatException,
                afterCommit: () => index.CatchUp(feed));
        }
        catch
        {
            Forget();
            throw;
        }
    }

    /// <summary>
    /// Off only to measure what the search-index write costs an ingest (bench/ingest-speed.sh sets
    /// AGREEMENTS_BENCH_NO_SEARCH_INDEX=1): articles are stored, nothing is searchable. Never off in use.
    /// </summary>
    private static bool WritesSearchIndex => Environment.GetEnvironmentVariable("AGREEMENTS_BENCH_NO_SEARCH_INDEX") != "1";

    private UpsertOutcome StoreRowOnly(ExtractedArticle extracted, SqliteTransaction tx)
    {
        var oldId = sql.Scalar("SELECT id FROM articles WHERE source=@s", tx, ("@s", extracted.Article.Source)) as string;
        sql.Run(ArticleRow.Upsert, tx, ArticleRow.Parameters(extracted));
        return UpsertOutcomes.Of(oldId, extracted.Article.Id);
    }

    /// <summary>Loads many articles at once (a first ingest, a benchmark): large batches, then the file is tidied.</summary>
    public UpsertReport BulkLoad(IEnumerable<ExtractedArticle> articles)
    {
        try
        {
            return ((IAgreementStore)this).UpsertMany(articles, 5000);
        }
        finally
        {
            Optimize();
        }
    }

    /// <summary>
    /// For a long stream of writes (an ingest): no memory map, so the pages a write reads come through the
    /// bounded page cache instead of staying mapped; mapped, they added the whole file to the process's memory.
    /// The cache is 2 MiB then: 8 MiB filled only after about 1,500 articles, so a larger batch peaked
    /// 6 MB higher than a small one (docs/decisions.md, memory flat in batch size).
    /// </summary>
    private void StopMemoryMap() => sql.Execute("PRAGMA mmap_size=0; PRAGMA cache_size=-2048;");

    /// <summary>Refreshes planner statistics and folds the write-ahead log into the file: worth running after a large load.</summary>
    public void Optimize() => sql.Execute("ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");

    /// <summary>After a failed transaction nothing it gathered may be written or remembered.</summary>
    private void Forget()
    {
        feed.Forget();
    }

    private UpsertOutcome Store(ExtractedArticle extracted, List<IndexedDoc> docs, SqliteTransaction tx)
    {
        var a = extracted.Article;
        string? oldId = null, oldGroup = null;
        using (var r = sql.Command("SELECT id, grp FROM articles WHERE source=@s", tx, ("@s", a.Source)).ExecuteReader())
        {
            if (r.Read())
            {
                (oldId, oldGroup) = (r.GetString(0), r.GetString(1));
            }
        }
        sql.Run("DELETE FROM docs WHERE source=@s", tx, ("@s", a.Source));
        var group = ArticleRow.GroupOf(a);
        sql.Run(ArticleRow.Upsert, tx, ArticleRow.Parameters(extracted));
        foreach (var d in docs)
        {
            sql.Run(
                """
                INSERT INTO docs(source, article_id, agr_index, is_article, kind, signed_on, year, date_key, place, parties, subject, evidence, ev_start, ev_end)
                VALUES(@s, @a, @i, @ia, @k, @so, @y, @dk, @pl, @pa, @su, @ev, @es, @ee)
                """,
                tx,
                ("@s", a.Source),
                ("@a", a.Id),
                ("@i", d.AgreementIndex),
                ("@ia", d.AgreementIndex < 0 ? 1 : 0),
                ("@k", d.Kind),
                ("@so", d.SignedOn),
                ("@y", d.Year),
                ("@dk", d.DateKey),
                ("@pl", d.Place),
                ("@pa", string.Join(ResultCollector.PartySeparator, d.Parties)),
                ("@su", d.Subject),
                ("@ev", d.Evidence),
                ("@es", d.EvidenceStart),
                ("@ee", d.EvidenceEnd));
        }
        RefreshGroup(group, tx);
        if (oldGroup is not null && oldGroup != group)
        {
            RefreshGroup(oldGroup, tx);
        }
        feed.Mark(a.Source, tx);
        foreach (var source in GroupSources(group, oldGroup, tx))
        {
            feed.Mark(source, tx);
        }
        feed.Built(extracted, docs);
        return UpsertOutcomes.Of(oldId, a.Id);
    }

    /// <summary>The other sources of the article's groups: their rows may have been hidden or shown.</summary>
    private List<string> GroupSources(string group, string? oldGroup, SqliteTransaction tx)
    {
        var sources = new List<string>();
        using var r = sql.Command("SELECT source FROM articles WHERE grp IN (@g, @o) ORDER BY source", tx, ("@g", group), ("@o", oldGroup ?? group)).ExecuteReader();
        while (r.Read())
        {
            sources.Add(r.GetString(0));
        }
        return sources;
    }

    /// <summary>Syndicated copies share a group; only one article of a group (its head if stored) shows in search.</summary>
    private void RefreshGroup(string group, SqliteTransaction tx) => sql.Run(
        """
        UPDATE docs SET visible = (source = (SELECT source FROM articles WHERE grp=@g ORDER BY (id=@g) DESC, source LIMIT 1))
        WHERE source IN (SELECT source FROM articles WHERE grp=@g)
        """,
        tx,
        ("@g", group));

    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var compiled = QueryCompiler.Compile(QueryParser.Parse(request.Query, request), keys);
        var result = index.Search(feed, searcher => LuceneSearch.Run(searcher, compiled, request));
        return new SearchResults(LoadHits(result.Page, compiled), result.Total, result.Facets);
    }

    public IEnumerable<SearchHit> Matches(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var compiled = QueryCompiler.Compile(QueryParser.Parse(request.Query, request), keys);
        var rows = index.Search(feed, searcher => AllMatches.Of(searcher, compiled, request));
        return AllMatches.Load(rows, chunk => LoadHits(chunk, compiled, snippets: false));
    }

    private List<SearchHit> LoadHits(List<(long Id, double Score)> page, CompiledQuery compiled, bool snippets = true)
    {
        if (page.Count == 0)
        {
            return [];
        }
        var idParams = page.Select((p, i) => ($"@h{i}", (object?)p.Id)).ToArray();
        using var r = sql.Command(
            $"SELECT {HitRows.Columns} FROM docs d CROSS JOIN articles a ON a.source = d.source WHERE d.id IN ({string.Join(',', idParams.Select(p => p.Item1))})",
            null,
            idParams).ExecuteReader();
        return HitRows.Hits(page, r, snippets ? compiled.HighlightPhrases : [], keys);
    }

    public ExtractedArticle? Get(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        using var r = sql.Command("SELECT id, json, text FROM articles WHERE id >= @p AND id < @end ORDER BY (id = @p) DESC, source LIMIT 3", null, ("@p", id), ("@end", id + "\uffff")).ExecuteReader();
        return StoredRows.PickByIdPrefix(id, StoredRows.ReadArticles(r));
    }

    public IReadOnlyList<string> IdsStartingWith(string prefix, int limit)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        using var r = sql.Command("SELECT DISTINCT id FROM articles WHERE id >= @p AND id < @end ORDER BY id LIMIT @n", null, ("@p", prefix), ("@end", prefix + "\uffff"), ("@n", limit)).ExecuteReader();
        return StoredRows.ReadIds(r);
    }

    public IEnumerable<ExtractedArticle> All() => StoredRows.All(ReadArticles, ReadBatch);

    public IEnumerable<Article> ArticlesNeedingVersion(string version) => StoredRows.NeedingVersion(ReadArticles, version, ReadBatch);

    private List<(string Source, ExtractedArticle Article)> ReadArticles(string query, (string, object?)[] parameters)
    {
        using var r = sql.Command(query, null, parameters).ExecuteReader();
        return StoredRows.ReadArticles(r);
    }

    /// <summary>In the same file, created on first use, so a store only searched never gains the tables.</summary>
    public INearDuplicateIndex NearDuplicates => nearDuplicates ??= new SqliteNearDuplicateIndex(connection, sql, NearDuplicateDetector.Bands, () => writing?.Connection is null ? null : writing);

    public IEnumerable<(string Source, string Hash)> InputHashes() => InputHashTable.ReadAll(connection);

    public StoreStats Stats()
    {
        var articles = Convert.ToInt32(sql.Scalar("SELECT count(*) FROM articles", null), CultureInfo.InvariantCulture);
        var agreements = Convert.ToInt32(sql.Scalar("SELECT count(*) FROM docs WHERE is_article = 0 AND visible = 1", null), CultureInfo.InvariantCulture);
        var hidden = Convert.ToInt32(sql.Scalar("SELECT count(*) FROM docs WHERE is_article = 0 AND visible = 0", null), CultureInfo.InvariantCulture);
        return new StoreStats(articles, agreements, GroupCount("kind"), GroupCount("place"), GroupCount("year")) { HiddenAgreements = hidden };
    }

    private List<FacetCount> GroupCount(string column)
    {
        var list = new List<FacetCount>();
        var cmd = sql.Command($"SELECT {column}, count(*) FROM docs WHERE is_article = 0 AND visible = 1 AND {column} IS NOT NULL GROUP BY {column} ORDER BY 2 DESC, 1", null);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new FacetCount(Convert.ToString(r.GetValue(0), CultureInfo.InvariantCulture)!, r.GetInt32(1)));
        }
        return list;
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        index.Release();
        sql.Dispose();
        connection.Dispose();
    }
}
