using System.Globalization;
using Extraction.Extract.Model;
using Extraction.Extract.Serialization;
using Extraction.Index.Indexing;
using Extraction.Index.Lucene;
using Extraction.Index.Query;
using Extraction.Index.Results;
using Extraction.Index.Sqlite.Postings;
using Extraction.Index.Storage;
using Extraction.Index.Text;
using Extraction.Ingest;
using Extraction.Ingest.Duplicates;
using Microsoft.Data.Sqlite;

namespace Extraction.Index.Sqlite;

/// <summary>
/// The embedded store: one SQLite file, WAL mode. Articles and their searchable rows are tables; the
/// search index is posting bitmaps of folded word and word-pair keys (see Postings/IdBlock), with
/// facet and date columns per block of rows, so totals and facets are exact at any match count.
/// Not thread-safe: one per thread.
/// </summary>
public sealed class SqliteAgreementStore : IAgreementStore
{
    private const int ReadBatch = 200;

    /// <summary>Most matches ranked per search, newest first: totals and facets count every match, but beyond this many a query is too broad for its order to mean much.</summary>
    public const int RankCap = 2000;

    private static readonly Lazy<bool> Initialised = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    private readonly SqliteConnection connection;
    private readonly PreparedCommands sql;
    private readonly SearchKey keys;
    private readonly PostingChanges changes = new();
    private readonly FacetCodes codes = new();
    private readonly FacetChunkCache facetChunks = new();
    private readonly ContainerArena arena = new();
    private readonly PostingStatements postings;
    private readonly SqliteIndexFeed feed;
    private readonly SearchIndex index;
    private SqliteNearDuplicateIndex? nearDuplicates;
    private bool disposed;

    public SqliteAgreementStore(string path, SearchKey? keys = null)
    {
        _ = Initialised.Value;
        this.keys = keys ?? SearchKey.Default;
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        connection = new SqliteConnection(builder.ToString());
        connection.Open();
        sql = new PreparedCommands(connection);
        postings = new PostingStatements(connection);
        // 64 KiB pages hold a whole 8 KiB bitmap container in its b-tree cell: reading a key is one page per block, not an overflow chain (5x faster measured at 1M).
        sql.Execute("PRAGMA page_size=65536;");
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
        SqliteIndexFeed.Create(sql);
        feed = new SqliteIndexFeed(sql, this.keys);
        // The search index is derived data beside the file: whatever it missed (a crash before its commit, a deleted folder) is replayed now.
        index = SearchIndex.Open(IndexPath(path), this.keys);
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
        var docs = DocBuilder.Build(article, keys);
        using var tx = connection.BeginTransaction();
        try
        {
            var outcome = Store(article, docs, tx);
            changes.Flush(sql, postings, tx);
            facetChunks.Changed();
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

    public UpsertReport UpsertMany(IEnumerable<ExtractedArticle> articles, int batchSize = 500)
    {
        try
        {
            return BatchedUpsert.Run(
                articles,
                batchSize,
                connection.BeginTransaction,
                (article, tx) => Store(article, DocBuilder.Build(article, keys), (SqliteTransaction)tx),
                e => e is SqliteException or ArgumentException or InvalidOperationException or FormatException,
                tx =>
                {
                    changes.Flush(sql, postings, (SqliteTransaction)tx);
                    facetChunks.Changed();
                },
                () => index.CatchUp(feed));
        }
        catch
        {
            Forget();
            throw;
        }
    }

    /// <summary>Loads many articles at once (a first ingest, a benchmark): large batches, so each posting container is rewritten rarely.</summary>
    public UpsertReport BulkLoad(IEnumerable<ExtractedArticle> articles)
    {
        try
        {
            return UpsertMany(articles, 5000);
        }
        finally
        {
            Optimize();
        }
    }

    /// <summary>
    /// For a long stream of writes (an ingest): no memory map, so the pages a write reads come through the
    /// bounded page cache instead of staying mapped; mapped, they added the whole file to the process's memory.
    /// </summary>
    public void StopMemoryMap() => sql.Execute("PRAGMA mmap_size=0;");

    /// <summary>Refreshes planner statistics and folds the write-ahead log into the file: worth running after a large load.</summary>
    public void Optimize() => sql.Execute("ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");

    /// <summary>After a failed transaction nothing it gathered may be written or remembered.</summary>
    private void Forget()
    {
        changes.Clear();
        codes.Forget();
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
        var removed = RemovedKeys(a.Source, tx);
        sql.Run("DELETE FROM docs WHERE source=@s", tx, ("@s", a.Source));
        var group = ArticleRow.GroupOf(a);
        sql.Run(ArticleRow.Upsert, tx, ArticleRow.Parameters(extracted));
        var fresh = new Dictionary<(char, string), int>();
        var added = new List<(long Id, IndexedDoc Doc, FacetSlot Slot)>(docs.Count);
        foreach (var d in docs)
        {
            var id = (long)sql.Scalar(
                """
                INSERT INTO docs(source, article_id, agr_index, is_article, kind, signed_on, year, date_key, place, parties, subject, evidence, ev_start, ev_end)
                VALUES(@s, @a, @i, @ia, @k, @so, @y, @dk, @pl, @pa, @su, @ev, @es, @ee) RETURNING id
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
                ("@ee", d.EvidenceEnd))!;
            var slot = new FacetSlot(
                d.DateKey ?? 0,
                codes.Code(sql, tx, 'k', d.Kind, fresh),
                codes.Code(sql, tx, 'l', d.Place, fresh),
                d.Year ?? 0,
                d.Keys.PartiesF.Length == 0 ? 0 : d.Keys.PartiesF.Count(c => c == ' ') + 1,
                d.Parties.Distinct(StringComparer.Ordinal).Select(p => codes.Code(sql, tx, 'p', p, fresh)).Where(c => c > 0).ToArray());
            added.Add((id, d, slot));
        }
        var visibility = RefreshGroup(group, tx);
        if (oldGroup is not null && oldGroup != group)
        {
            visibility.AddRange(RefreshGroup(oldGroup, tx));
        }
        feed.Mark(a.Source, tx);
        foreach (var source in GroupSources(group, oldGroup, tx))
        {
            feed.Mark(source, tx);
        }
        feed.Built(extracted, docs);
        // Nothing below can fail: only now do the article's posting changes join the transaction's.
        codes.Accept(fresh);
        foreach (var (id, key) in removed)
        {
            changes.Remove(key, id);
        }
        foreach (var (id, d, slot) in added)
        {
            foreach (var key in PostingKeys.OfDoc(d, d.AgreementIndex < 0))
            {
                changes.Add(key, id);
            }
            changes.Set(id, slot);
        }
        foreach (var (id, visible) in visibility)
        {
            if (visible)
            {
                changes.Remove(PostingKeys.Hidden, id);
            }
            else
            {
                changes.Add(PostingKeys.Hidden, id);
            }
        }
        return UpsertOutcomes.Of(oldId, a.Id);
    }

    /// <summary>The posting keys of the rows an article had before this upsert, rebuilt from its stored form, so its old ids leave the index.</summary>
    private List<(long Id, string Key)> RemovedKeys(string source, SqliteTransaction tx)
    {
        var old = new List<(long Id, int Index)>();
        using (var r = sql.Command("SELECT id, agr_index FROM docs WHERE source=@s", tx, ("@s", source)).ExecuteReader())
        {
            while (r.Read())
            {
                old.Add((r.GetInt64(0), r.GetInt32(1)));
            }
        }
        var removed = new List<(long, string)>();
        if (old.Count == 0)
        {
            return removed;
        }
        ExtractedArticle? stored = null;
        using (var r = sql.Command("SELECT json, text FROM articles WHERE source=@s", tx, ("@s", source)).ExecuteReader())
        {
            if (r.Read())
            {
                stored = ArticleJsonReader.Read(r.GetString(0), r.GetString(1));
            }
        }
        var oldDocs = stored is null ? [] : DocBuilder.Build(stored, keys).ToDictionary(d => d.AgreementIndex);
        foreach (var (id, index) in old)
        {
            removed.Add((id, PostingKeys.Hidden));
            // Keys of a row that cannot be rebuilt stay behind, but its existence key goes: nothing matches it again.
            removed.Add((id, PostingKeys.Docs(index < 0)));
            if (oldDocs.TryGetValue(index, out var d))
            {
                removed.AddRange(PostingKeys.OfDoc(d, index < 0).Select(k => (id, k)));
            }
        }
        return removed;
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
    private List<(long Id, bool Visible)> RefreshGroup(string group, SqliteTransaction tx)
    {
        var rows = new List<(long, bool)>();
        using var r = sql.Command(
            """
            UPDATE docs SET visible = (source = (SELECT source FROM articles WHERE grp=@g ORDER BY (id=@g) DESC, source LIMIT 1))
            WHERE source IN (SELECT source FROM articles WHERE grp=@g) RETURNING id, visible
            """,
            tx,
            ("@g", group)).ExecuteReader();
        while (r.Read())
        {
            rows.Add((r.GetInt64(0), r.GetInt64(1) == 1));
        }
        return rows;
    }

    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var compiled = QueryCompiler.Compile(QueryParser.Parse(request.Query, request), keys);
        var limit = Math.Max(0, request.Limit);
        var offset = Math.Max(0, request.Offset);
        index.CatchUp(feed);
        var searcher = index.Searcher();
        try
        {
            var result = LuceneSearch.Run(searcher, compiled, request);
            return new SearchResults(LoadHits(result.Page, compiled), result.Total, result.Facets);
        }
        finally
        {
            SearchIndex.Done(searcher);
        }
    }

    /// <summary>The posting-bitmap engine's answer, kept while the bench compares it with Lucene.</summary>
    internal SearchResults SearchBitmaps(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var compiled = QueryCompiler.Compile(QueryParser.Parse(request.Query, request), keys);
        var limit = Math.Max(0, request.Limit);
        var offset = Math.Max(0, request.Offset);
        var result = new PostingSearch(sql, postings, facetChunks, codes, arena).Run(compiled, request.Articles, request.Facets, offset + limit, RankCap);
        var page = result.Best.Skip(offset).Take(limit).ToList();
        return new SearchResults(LoadHits(page, compiled), result.Total, result.Facets);
    }

    private List<SearchHit> LoadHits(List<(long Id, double Score)> page, CompiledQuery compiled)
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
        return HitRows.Hits(page, r, compiled, keys);
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
    public INearDuplicateIndex NearDuplicates => nearDuplicates ??= new SqliteNearDuplicateIndex(connection, sql, NearDuplicateDetector.Bands);

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
        postings.Dispose();
        sql.Dispose();
        connection.Dispose();
    }
}
