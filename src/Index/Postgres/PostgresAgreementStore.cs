using System.Globalization;
using System.Text;
using Extraction.Extract.Model;
using Extraction.Index.Indexing;
using Extraction.Index.Lucene;
using Extraction.Index.Query;
using Extraction.Index.Results;
using Extraction.Index.Storage;
using Extraction.Index.Text;
using Extraction.Ingest;
using Extraction.Ingest.Duplicates;
using Npgsql;

namespace Extraction.Index.Postgres;

/// <summary>
/// The team-server store: same rows and query language as SQLite; search runs on a Lucene index each
/// machine keeps in its cache and brings up to date from the store's change sequence (see <see cref="IndexLocation"/>). Not thread-safe.
/// </summary>
public sealed class PostgresAgreementStore : IAgreementStore
{
    private const int ReadBatch = 200;

    private readonly NpgsqlConnection connection;
    private readonly SearchKey keys;
    private readonly PostgresIndexFeed feed;
    private readonly SearchIndex? index;
    private bool disposed;

    public PostgresAgreementStore(string connectionString, SearchKey? keys = null)
        : this(connectionString, keys, searchIndex: true)
    {
    }

    /// <param name="searchIndex">
    /// False for a worker: rows and the change sequence are written as always, but this machine's search index
    /// is neither opened nor kept up to date (the machines that search catch up from the change sequence), so
    /// workers neither share one index folder nor spend time applying each other's writes.
    /// </param>
    /// <param name="use">How the search index reads its files (<see cref="StoreUse"/>).</param>
    public PostgresAgreementStore(string connectionString, SearchKey? keys, bool searchIndex, StoreUse use = StoreUse.Search)
    {
        this.keys = keys ?? SearchKey.Default;
        connection = new NpgsqlConnection(PostgresConnectionString.Normalise(connectionString));
        connection.Open();
        // Two processes opening a fresh database at once must not race on CREATE.
        using var tx = connection.BeginTransaction();
        Run("SELECT pg_advisory_xact_lock(7253641)", tx);
        Run(PostgresSchema.Create, tx);
        Run(InputHashTable.Create, tx);
        PostgresIndexFeed.Create(connection, tx);
        tx.Commit();
        feed = new PostgresIndexFeed(connection);
        if (searchIndex)
        {
            index = SearchIndex.Open(IndexLocation.ForStore(feed.StoreId), this.keys, use);
            index.CatchUp(feed);
        }
    }

    private SearchIndex Index => index ?? throw new InvalidOperationException("this store was opened to write only (a worker): it has no search index");

    public IEnumerable<(string Source, string Hash)> InputHashes() => InputHashTable.ReadAll(connection);

    /// <summary>The folder of this machine's search index of the store (see <see cref="IndexLocation"/>).</summary>
    public string IndexPath => IndexLocation.ForStore(feed.StoreId);

    public void Reindex() => Index.Rebuild(feed);

    /// <summary>For crash tests: the index loses what it applied since its last commit, as if the process had been killed.</summary>
    internal void LoseUncommittedIndex() => Index.LoseUncommitted();

    public UpsertOutcome Upsert(ExtractedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var docs = DocBuilder.Build(article);
        using var tx = connection.BeginTransaction();
        try
        {
            var outcome = Store(article, docs, tx);
            tx.Commit();
            index?.CatchUp(feed);
            return outcome;
        }
        catch
        {
            feed.Forget();
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
                connection.BeginTransaction,
                (article, tx) => Store(article, DocBuilder.Build(article), (NpgsqlTransaction)tx),
                e => e is PostgresException or ArgumentException or InvalidOperationException or FormatException,
                afterCommit: () => index?.CatchUp(feed));
        }
        catch
        {
            feed.Forget();
            throw;
        }
    }

    private UpsertOutcome Store(ExtractedArticle extracted, List<IndexedDoc> docs, NpgsqlTransaction tx)
    {
        var a = extracted.Article;
        string? oldId = null, oldGroup = null;
        using (var r = Command("SELECT id, grp FROM articles WHERE source=@s", tx, ("@s", a.Source)).ExecuteReader())
        {
            if (r.Read())
            {
                (oldId, oldGroup) = (r.GetString(0), r.GetString(1));
            }
        }
        Run("DELETE FROM docs WHERE source=@s", tx, ("@s", a.Source));
        var group = ArticleRow.GroupOf(a);
        Run(ArticleRow.Upsert, tx, ArticleRow.Parameters(extracted));
        foreach (var d in docs)
        {
            Run(
                """
                INSERT INTO docs(source, article_id, agr_index, is_article, kind, signed_on, year, date_key, place, parties, subject, evidence, ev_start, ev_end)
                VALUES(@s, @a, @i, @ia, @k, @so, CAST(@y AS integer), CAST(@dk AS integer), @pl, @pa, @su, @ev, @es, @ee)
                """,
                tx,
                ("@s", a.Source),
                ("@a", a.Id),
                ("@i", d.AgreementIndex),
                ("@ia", d.AgreementIndex < 0 ? 1 : 0),
                ("@k", Text(d.Kind)),
                ("@so", Text(d.SignedOn)),
                ("@y", d.Year),
                ("@dk", d.DateKey),
                ("@pl", Text(d.Place)),
                ("@pa", string.Join(ResultCollector.PartySeparator, d.Parties)),
                ("@su", Text(d.Subject)),
                ("@ev", Text(d.Evidence)),
                ("@es", d.EvidenceStart),
                ("@ee", d.EvidenceEnd));
        }
        RefreshGroup(group, tx);
        if (oldGroup is not null && oldGroup != group)
        {
            RefreshGroup(oldGroup, tx);
        }
        feed.Mark(GroupSources(group, oldGroup, tx).Prepend(a.Source), tx);
        if (index is not null)
        {
            feed.Built(extracted, docs);
        }
        return UpsertOutcomes.Of(oldId, a.Id);
    }

    /// <summary>The sources of the article's groups: their rows may have been hidden or shown.</summary>
    private List<string> GroupSources(string group, string? oldGroup, NpgsqlTransaction tx)
    {
        var sources = new List<string>();
        using var cmd = Command("SELECT source FROM articles WHERE grp IN (@g, @o) ORDER BY source", tx, ("@g", group), ("@o", oldGroup ?? group));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            sources.Add(r.GetString(0));
        }
        return sources;
    }

    /// <summary>Syndicated copies share a group; only one article of a group (its head if stored) shows in search.</summary>
    private void RefreshGroup(string group, NpgsqlTransaction tx) => Run(
        """
        UPDATE docs SET visible = CASE WHEN source = (SELECT source FROM articles WHERE grp=@g ORDER BY (id=@g) DESC, source LIMIT 1) THEN 1 ELSE 0 END
        WHERE source IN (SELECT source FROM articles WHERE grp=@g)
        """,
        tx,
        ("@g", group));

    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var compiled = QueryCompiler.Compile(QueryParser.Parse(request.Query, request), keys);
        var result = Index.Search(feed, searcher => LuceneSearch.Run(searcher, compiled, request));
        return new SearchResults(LoadHits(result.Page, compiled), result.Total, result.Facets);
    }

    public IEnumerable<SearchHit> Matches(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var compiled = QueryCompiler.Compile(QueryParser.Parse(request.Query, request), keys);
        var rows = Index.Search(feed, searcher => AllMatches.Of(searcher, compiled, request));
        return AllMatches.Load(rows, chunk => LoadHits(chunk, compiled, snippets: false));
    }

    private List<SearchHit> LoadHits(List<(long Id, double Score)> page, CompiledQuery compiled, bool snippets = true)
    {
        if (page.Count == 0)
        {
            return [];
        }
        using var cmd = Command(
            $"SELECT {HitRows.Columns} FROM docs d JOIN articles a ON a.source = d.source WHERE d.id = ANY(@ids)",
            null,
            ("@ids", page.Select(p => p.Id).ToArray()));
        using var r = cmd.ExecuteReader();
        return HitRows.Hits(page, r, snippets ? compiled.HighlightPhrases : [], keys);
    }

    public ExtractedArticle? Get(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        using var cmd = Command("SELECT id, json, text FROM articles WHERE starts_with(id, @p) ORDER BY (id = @p) DESC, source LIMIT 3", null, ("@p", id));
        using var r = cmd.ExecuteReader();
        return StoredRows.PickByIdPrefix(id, StoredRows.ReadArticles(r));
    }

    public IReadOnlyList<string> IdsStartingWith(string prefix, int limit)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        using var cmd = Command("SELECT DISTINCT id FROM articles WHERE starts_with(id, @p) ORDER BY id LIMIT @n", null, ("@p", prefix), ("@n", limit));
        using var r = cmd.ExecuteReader();
        return StoredRows.ReadIds(r);
    }

    public IEnumerable<ExtractedArticle> All() => StoredRows.All(ReadArticles, ReadBatch);

    public IEnumerable<Article> ArticlesNeedingVersion(string version) => StoredRows.NeedingVersion(ReadArticles, version, ReadBatch);

    /// <summary>
    /// The stored sources an older extractor wrote, cut into runs of at most <paramref name="perRun"/> (first and
    /// last source, in source order): the jobs a team's reprocess is split into.
    /// </summary>
    public IReadOnlyList<(string First, string Last, int Count)> SourceRunsNeedingVersion(string version, int perRun)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentOutOfRangeException.ThrowIfLessThan(perRun, 1);
        var runs = new List<(string, string, int)>();
        string? first = null, last = null;
        var count = 0;
        using var cmd = Command("SELECT source, extractor_version FROM articles WHERE extractor_version <> @v ORDER BY source", null, ("@v", version));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            if (!ExtractorVersions.IsOlder(r.GetString(1), version))
            {
                continue;
            }
            var source = r.GetString(0);
            first ??= source;
            last = source;
            if (++count == perRun)
            {
                runs.Add((first, last, count));
                (first, count) = (null, 0);
            }
        }
        if (first is not null)
        {
            runs.Add((first, last!, count));
        }
        return runs;
    }

    /// <summary>The stored articles from <paramref name="first"/> to <paramref name="last"/> (sources, inclusive) an older extractor wrote.</summary>
    public IReadOnlyList<Article> ArticlesNeedingVersion(string version, string first, string last) =>
        ReadArticles(
                "SELECT source, json, text FROM articles WHERE source >= @f AND source <= @l AND extractor_version <> @v ORDER BY source",
                [("@f", first), ("@l", last), ("@v", version)])
            .Where(row => ExtractorVersions.IsOlder(row.Article.ExtractorVersion, version))
            .Select(row => row.Article.Article)
            .ToList();

    private List<(string Source, ExtractedArticle Article)> ReadArticles(string sql, (string, object?)[] parameters)
    {
        using var cmd = Command(sql, null, parameters);
        using var r = cmd.ExecuteReader();
        return StoredRows.ReadArticles(r);
    }

    /// <summary>Kept in memory on PostgreSQL for now: it grows with the batch (about 0.4 KB per distinct article) and is not seen by a later run.</summary>
    public INearDuplicateIndex NearDuplicates { get; } = new InMemoryNearDuplicateIndex();

    public StoreStats Stats()
    {
        var articles = Convert.ToInt32(Scalar("SELECT count(*) FROM articles", null), CultureInfo.InvariantCulture);
        var agreements = Convert.ToInt32(Scalar("SELECT count(*) FROM docs WHERE is_article = 0 AND visible = 1", null), CultureInfo.InvariantCulture);
        var hidden = Convert.ToInt32(Scalar("SELECT count(*) FROM docs WHERE is_article = 0 AND visible = 0", null), CultureInfo.InvariantCulture);
        return new StoreStats(articles, agreements, GroupCount("kind"), GroupCount("place"), GroupCount("year")) { HiddenAgreements = hidden };
    }

    private List<FacetCount> GroupCount(string column)
    {
        var list = new List<FacetCount>();
        using var cmd = Command($"SELECT {column}::text, count(*)::int FROM docs WHERE is_article = 0 AND visible = 1 AND {column} IS NOT NULL GROUP BY {column} ORDER BY 2 DESC, 1", null);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new FacetCount(r.GetString(0), r.GetInt32(1)));
        }
        return list;
    }

    private static object? Text(string? s) => s;

    private void Run(string sql, NpgsqlTransaction? tx, params (string, object?)[] parameters)
    {
        using var cmd = Command(sql, tx, parameters);
        cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql, NpgsqlTransaction? tx, params (string, object?)[] parameters)
    {
        using var cmd = Command(sql, tx, parameters);
        return cmd.ExecuteScalar();
    }

    private NpgsqlCommand Command(string sql, NpgsqlTransaction? tx, params (string Name, object? Value)[] parameters)
    {
        var cmd = new NpgsqlCommand(sql, connection, tx);
        foreach (var (name, value) in parameters)
        {
            // Nulls are typed so PostgreSQL need not guess the parameter type.
            cmd.Parameters.Add(value is null
                ? new NpgsqlParameter(name.TrimStart('@'), NpgsqlTypes.NpgsqlDbType.Text) { Value = DBNull.Value }
                : new NpgsqlParameter(name.TrimStart('@'), value));
        }
        return cmd;
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        index?.Release();
        connection.Dispose();
    }
}
