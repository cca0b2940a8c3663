using System.Globalization;
using System.Text;
using Extraction.Extract.Model;
using Extraction.Extract.Serialization;
using Extraction.Index.Indexing;
using Extraction.Index.Query;
using Extraction.Index.Results;
using Extraction.Index.Text;
using Extraction.Ingest;
using Microsoft.Data.Sqlite;
using Extraction.Index.Storage;

namespace Extraction.Index.Sqlite;

/// <summary>The embedded store: one SQLite file, WAL mode, FTS5 over the search keys. Not thread-safe: one per thread.</summary>
public sealed class SqliteAgreementStore : IAgreementStore
{
    private const int ReadBatch = 200;

    private const int ProximityCandidates = 50;

    private const double ProximityBoost = 1.5;

    /// <summary>Most matches read, ranked and counted per search: beyond it a query is too broad for its order to mean much.</summary>
    public const int MatchCap = 2000;

    private static readonly Lazy<bool> Initialised = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    private readonly SqliteConnection connection;
    private readonly SearchKey keys;
    private readonly NameTokens names;
    private readonly Dictionary<string, SqliteCommand> prepared = new(StringComparer.Ordinal);

    public SqliteAgreementStore(string path, SearchKey? keys = null)
    {
        _ = Initialised.Value;
        this.keys = keys ?? SearchKey.Default;
        names = new NameTokens(this.keys);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        connection = new SqliteConnection(builder.ToString());
        connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536; PRAGMA busy_timeout=5000;");
        var outdated = SqliteSchema.IsOutdated(connection);
        if (outdated)
        {
            // The key layout changed (folded keys only, year tokens, field keys on docs): the stored
            // articles are kept and re-keyed, since a contentless index cannot be altered in place.
            Execute(SqliteSchema.DropKeys);
        }
        Execute(SqliteSchema.Create);
        if (outdated)
        {
            BulkLoad(All().ToList());
        }
    }

    public void Upsert(ExtractedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var docs = DocBuilder.Build(article, keys);
        using var tx = connection.BeginTransaction();
        try
        {
            Store(article, docs, tx);
            tx.Commit();
        }
        catch
        {
            tx.Rollback();
            throw;
        }
    }

    public UpsertReport UpsertMany(IEnumerable<ExtractedArticle> articles, int batchSize = 500) => BatchedUpsert.Run(
        articles,
        batchSize,
        connection.BeginTransaction,
        (article, tx) => Store(article, DocBuilder.Build(article, keys), (SqliteTransaction)tx),
        e => e is SqliteException or ArgumentException or InvalidOperationException or FormatException);

    /// <summary>
    /// Loads many articles at once (a first ingest, a benchmark): full-text segments are merged once
    /// at the end instead of on every commit. Failures are per article, as in <see cref="UpsertMany"/>.
    /// </summary>
    public UpsertReport BulkLoad(IEnumerable<ExtractedArticle> articles)
    {
        Execute("INSERT INTO docs_fts(docs_fts, rank) VALUES('automerge', 0);");
        try
        {
            return UpsertMany(articles, 5000);
        }
        finally
        {
            Execute("INSERT INTO docs_fts(docs_fts, rank) VALUES('automerge', 4);");
            Optimize();
        }
    }

    /// <summary>
    /// Merges the full-text index into one segment and refreshes planner statistics: worth running
    /// after a large load (a bulk ingest), since queries then read one b-tree per token, not many.
    /// </summary>
    public void Optimize()
    {
        Execute("INSERT INTO docs_fts(docs_fts) VALUES('optimize'); ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
    }

    private void Store(ExtractedArticle extracted, List<IndexedDoc> docs, SqliteTransaction tx)
    {
        var a = extracted.Article;
        var oldGroup = Scalar("SELECT grp FROM articles WHERE source=@s", tx, ("@s", a.Source)) as string;
        Run("DELETE FROM docs_fts WHERE rowid IN (SELECT id FROM docs WHERE source=@s)", tx, ("@s", a.Source));
        Run("DELETE FROM docs WHERE source=@s", tx, ("@s", a.Source));
        var group = a.DuplicateOf ?? a.Id;
        Run(
            """
            INSERT INTO articles(source, id, grp, title, published, extractor_version, is_agreement, json, text)
            VALUES(@s, @id, @g, @t, @p, @v, @ia, @j, @x)
            ON CONFLICT(source) DO UPDATE SET id=excluded.id, grp=excluded.grp, title=excluded.title, published=excluded.published,
                extractor_version=excluded.extractor_version, is_agreement=excluded.is_agreement, json=excluded.json, text=excluded.text
            """,
            tx,
            ("@s", a.Source),
            ("@id", a.Id),
            ("@g", group),
            ("@t", a.Title),
            ("@p", a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("@v", extracted.ExtractorVersion),
            ("@ia", extracted.IsAgreement ? 1 : 0),
            ("@j", ArticleJson.ToJsonLine(extracted)),
            ("@x", a.Text));
        foreach (var d in docs)
        {
            var id = (long)Scalar(
                """
                INSERT INTO docs(source, article_id, agr_index, is_article, kind, signed_on, year, date_key, place, parties, subject, evidence, ev_start, ev_end, p_keys, t_keys, s_keys)
                VALUES(@s, @a, @i, @ia, @k, @so, @y, @dk, @pl, @pa, @su, @ev, @es, @ee, @pk, @tk, @sk) RETURNING id
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
                ("@ee", d.EvidenceEnd),
                ("@pk", d.Keys.PartiesF),
                ("@tk", d.Keys.TitleF),
                ("@sk", d.Keys.SubjectF))!;
            var k = d.Keys;
            Run(
                "INSERT INTO docs_fts(rowid, p_f, t_f, s_f, b_f, k_f, l_f, y) VALUES(@r, @1, @2, @3, @4, @5, @6, @7)",
                tx,
                ("@r", id),
                ("@1", names.Append(k.PartiesF)),
                ("@2", names.Append(k.TitleF)),
                ("@3", names.Append(k.SubjectF)),
                ("@4", names.Append(k.BodyF)),
                ("@5", k.KindF),
                ("@6", k.PlaceF),
                ("@7", d.Year is int y ? Fts5Match.YearToken(y) : ""));
        }
        RefreshGroup(group, tx);
        if (oldGroup is not null && oldGroup != group)
        {
            RefreshGroup(oldGroup, tx);
        }
    }

    /// <summary>Syndicated copies share a group; only one article of a group (its head if stored) shows in search.</summary>
    private void RefreshGroup(string group, SqliteTransaction tx) => Run(
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
        var (sql, parameters) = MatchSql(compiled, request.Articles);
        var limit = Math.Max(0, request.Limit);
        var offset = Math.Max(0, request.Offset);
        // The best few are reranked for adjacency and spelling (see Rerank), so keep a few more than the page needs.
        var candidates = Math.Max(ProximityCandidates, offset + limit);
        var scorer = new FieldScorer(compiled);
        var collector = new ResultCollector(0, candidates) { CountFacets = request.Facets };
        // One pass over the matches ranks, counts and tallies facets: no bm25(), no second count query.
        // Newest rows first (rowid order, which FTS5 walks backwards without sorting), stopping at the cap.
        var newest = compiled.HasPositiveText ? "docs_fts.rowid" : "d.id";
        var capped = false;
        using (var r = Command($"{sql} ORDER BY {newest} DESC LIMIT {MatchCap + 1}", null, parameters).ExecuteReader())
        {
            while (r.Read())
            {
                if (collector.Total == MatchCap)
                {
                    capped = true;
                    break;
                }
                collector.Add(new MatchRow(
                    r.GetInt64(0),
                    compiled.HasPositiveText ? scorer.Score(Text(r, 7), Text(r, 8), Text(r, 9)) : 0,
                    r.IsDBNull(2) ? 0 : r.GetInt32(2),
                    Text(r, 3),
                    r.IsDBNull(4) ? null : r.GetInt32(4),
                    Text(r, 5),
                    r.GetString(6)));
            }
        }
        var total = collector.Total;
        var facets = request.Facets ? collector.Facets() : new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        var page = collector.Page(0);
        page = Rerank(page, compiled).Skip(offset).Take(limit).ToList();
        return new SearchResults(LoadHits(page, compiled), total, facets) { Capped = capped };
    }

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>
    /// Words typed next to each other that also stand together in the parties, title or subject rank
    /// higher ("Ủy ban nhân dân huyện" above an agreement that has those words apart), and so do
    /// spellings with the very diacritics typed ("hòa" above "hóa"). Done on the top candidates in C#:
    /// a phrase or an exact-key column in the MATCH costs a full scan of common words' doclists.
    /// </summary>
    private List<(long Id, double Score)> Rerank(List<(long Id, double Score)> ranked, CompiledQuery compiled)
    {
        var exact = compiled.Clauses.SelectMany(c => c).Where(p => p.UseExact).ToList();
        if ((compiled.Proximity.Count == 0 && exact.Count == 0) || ranked.Count < 2)
        {
            return ranked;
        }
        var idParams = ranked.Select((p, i) => ($"@c{i}", (object?)p.Id)).ToArray();
        var fields = new Dictionary<long, (string Named, string All)>();
        using (var r = Command(
            $"SELECT d.id, d.parties, d.subject, a.title, d.evidence FROM docs d CROSS JOIN articles a ON a.source = d.source WHERE d.id IN ({string.Join(',', idParams.Select(p => p.Item1))})",
            null,
            idParams).ExecuteReader())
        {
            while (r.Read())
            {
                var named = string.Join(" \n ", Enumerable.Range(1, 3).Where(i => !r.IsDBNull(i)).Select(r.GetString));
                fields[r.GetInt64(0)] = (named, r.IsDBNull(4) ? named : named + " \n " + r.GetString(4));
            }
        }
        return ranked
            .Select((p, i) =>
            {
                var (named, all) = fields.GetValueOrDefault(p.Id);
                var boost = (Adjacent(named, compiled) ? ProximityBoost : 1) * (1 + ExactShare(all, exact));
                return (p.Id, Score: p.Score * boost, Order: i);
            })
            .OrderByDescending(x => x.Score).ThenBy(x => x.Order)
            .Select(x => (x.Id, x.Score))
            .ToList();
    }

    /// <summary>Share of the diacritic-bearing phrases found with exactly those diacritics: as when exact keys had their own bm25 column, a full exact match doubles the score.</summary>
    private double ExactShare(string? text, List<KeyPhrase> exact)
    {
        if (exact.Count == 0 || string.IsNullOrEmpty(text))
        {
            return 0;
        }
        var spelled = " " + SearchKey.ExactText(keys.Tokens(text)) + " ";
        return exact.Count(p => spelled.Contains(" " + string.Join(' ', p.Exact) + " ", StringComparison.Ordinal)) / (double)exact.Count;
    }

    private bool Adjacent(string? text, CompiledQuery compiled)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        var folded = " " + SearchKey.FoldedText(keys.Tokens(text)) + " ";
        return compiled.Proximity.Any(p => folded.Contains(" " + string.Join(' ', p.Phrase.Folded) + " ", StringComparison.Ordinal));
    }

    private List<SearchHit> LoadHits(List<(long Id, double Score)> page, CompiledQuery compiled)
    {
        if (page.Count == 0)
        {
            return [];
        }
        var idParams = page.Select((p, i) => ($"@h{i}", (object?)p.Id)).ToArray();
        var idList = string.Join(',', idParams.Select(p => p.Item1));
        var rows = new Dictionary<long, HitRow>();
        using (var r = Command(
            $"""
            SELECT d.id, d.article_id, d.agr_index, d.source, a.title, a.published, d.kind, d.signed_on, d.parties, d.subject, d.evidence,
                   d.ev_start, d.ev_end, CASE WHEN d.is_article = 1 THEN a.text END
            FROM docs d CROSS JOIN articles a ON a.source = d.source WHERE d.id IN ({idList})
            """,
            null,
            idParams).ExecuteReader())
        {
            while (r.Read())
            {
                rows[r.GetInt64(0)] = new HitRow(
                    r.GetInt64(0),
                    r.GetString(1),
                    r.GetInt32(2),
                    r.GetString(3),
                    r.IsDBNull(4) ? null : r.GetString(4),
                    r.IsDBNull(5) ? null : DateOnly.ParseExact(r.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    r.IsDBNull(6) ? null : r.GetString(6),
                    r.IsDBNull(7) ? null : r.GetString(7),
                    r.GetString(8),
                    r.IsDBNull(9) ? null : r.GetString(9),
                    r.IsDBNull(10) ? null : r.GetString(10),
                    r.GetInt32(11),
                    r.GetInt32(12),
                    r.IsDBNull(13) ? null : r.GetString(13));
            }
        }
        return page.Where(p => rows.ContainsKey(p.Id))
            .Select(p => HitBuilder.Build(rows[p.Id], p.Score, compiled.HighlightKeys, keys))
            .ToList();
    }

    /// <summary>SQL selecting (id, 0, date_key, kind, year, place, parties, p_keys, t_keys, s_keys) of every visible match.</summary>
    private (string Sql, (string, object?)[] Parameters) MatchSql(CompiledQuery q, bool articles)
    {
        var parameters = new List<(string, object?)> { ("@art", articles ? 1 : 0) };
        var where = new StringBuilder("d.is_article = @art AND d.visible = 1");
        if (q.FromKey is int from)
        {
            where.Append(" AND d.date_key >= @from");
            parameters.Add(("@from", from));
        }
        if (q.ToKey is int to)
        {
            where.Append(" AND d.date_key <= @to");
            parameters.Add(("@to", to));
        }
        if (q.Years.Count > 0)
        {
            where.Append(" AND d.year IN (").AppendJoin(',', q.Years.Select((_, i) => $"@y{i}")).Append(')');
            parameters.AddRange(q.Years.Select((y, i) => ($"@y{i}", (object?)y)));
        }
        const string Columns = "d.date_key, d.kind, d.year, d.place, d.parties, d.p_keys, d.t_keys, d.s_keys";
        // CROSS JOIN keeps the full-text match as the outer loop: SQLite would otherwise walk docs
        // by the filter index and run the MATCH once per row.
        if (Fts5Match.Positive(q, names) is string match)
        {
            parameters.Add(("@q", match));
            return ($"SELECT d.id AS id, 0.0 AS score, {Columns} FROM docs_fts CROSS JOIN docs d ON d.id = docs_fts.rowid WHERE docs_fts MATCH @q AND {where}", parameters.ToArray());
        }
        if (Fts5Match.Negative(q, names) is string negative)
        {
            where.Append(" AND d.id NOT IN (SELECT rowid FROM docs_fts WHERE docs_fts MATCH @neg)");
            parameters.Add(("@neg", negative));
        }
        return ($"SELECT d.id AS id, 0.0 AS score, {Columns} FROM docs d WHERE {where}", parameters.ToArray());
    }

    public ExtractedArticle? Get(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var found = new List<(string, ExtractedArticle)>();
        var cmd = Command("SELECT id, json, text FROM articles WHERE id >= @p AND id < @end ORDER BY (id = @p) DESC, source LIMIT 3", null, ("@p", id), ("@end", id + "\uffff"));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            found.Add((r.GetString(0), ArticleJsonReader.Read(r.GetString(1), r.GetString(2))));
        }
        return StoredRows.PickByIdPrefix(id, found);
    }

    public IEnumerable<ExtractedArticle> All() => StoredRows.BySource(
        last => ReadArticles("SELECT source, json, text FROM articles WHERE source > @last ORDER BY source LIMIT @n", ("@last", last), ("@n", ReadBatch)),
        ReadBatch);

    public IEnumerable<Article> ArticlesNeedingVersion(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return StoredRows.BySource(
            last => ReadArticles(
                "SELECT source, json, text FROM articles WHERE source > @last AND extractor_version <> @v ORDER BY source LIMIT @n",
                ("@last", last),
                ("@v", version),
                ("@n", ReadBatch)),
            ReadBatch).Select(a => a.Article);
    }

    private List<(string Source, ExtractedArticle Article)> ReadArticles(string sql, params (string, object?)[] parameters)
    {
        var list = new List<(string, ExtractedArticle)>();
        var cmd = Command(sql, null, parameters);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add((r.GetString(0), ArticleJsonReader.Read(r.GetString(1), r.GetString(2))));
        }
        return list;
    }

    public StoreStats Stats()
    {
        var articles = Convert.ToInt32(Scalar("SELECT count(*) FROM articles", null), CultureInfo.InvariantCulture);
        var agreements = Convert.ToInt32(Scalar("SELECT count(*) FROM docs WHERE is_article = 0 AND visible = 1", null), CultureInfo.InvariantCulture);
        return new StoreStats(articles, agreements, GroupCount("kind"), GroupCount("place"), GroupCount("year"));
    }

    private List<FacetCount> GroupCount(string column)
    {
        var list = new List<FacetCount>();
        var cmd = Command($"SELECT {column}, count(*) FROM docs WHERE is_article = 0 AND visible = 1 AND {column} IS NOT NULL GROUP BY {column} ORDER BY 2 DESC, 1", null);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new FacetCount(Convert.ToString(r.GetValue(0), CultureInfo.InvariantCulture)!, r.GetInt32(1)));
        }
        return list;
    }

    private void Execute(string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private void Run(string sql, SqliteTransaction? tx, params (string, object?)[] parameters) =>
        Command(sql, tx, parameters).ExecuteNonQuery();

    private object? Scalar(string sql, SqliteTransaction? tx, params (string, object?)[] parameters) =>
        Command(sql, tx, parameters).ExecuteScalar();

    /// <summary>A cached prepared command per SQL text: the hot statements are compiled once per connection.</summary>
    private SqliteCommand Command(string sql, SqliteTransaction? tx, params (string Name, object? Value)[] parameters)
    {
        if (!prepared.TryGetValue(sql, out var cmd))
        {
            if (prepared.Count > 256)
            {
                foreach (var old in prepared.Values)
                {
                    old.Dispose();
                }
                prepared.Clear();
            }
            cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            prepared[sql] = cmd;
        }
        cmd.Transaction = tx;
        cmd.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return cmd;
    }

    public void Dispose()
    {
        foreach (var cmd in prepared.Values)
        {
            cmd.Dispose();
        }
        prepared.Clear();
        connection.Dispose();
    }
}
