using System.Globalization;
using System.Text;
using Extraction.Extract.Model;
using Extraction.Index;
using Extraction.Index.Indexing;
using Extraction.Index.Query;
using Extraction.Index.Results;
using Extraction.Index.Text;
using Microsoft.Data.Sqlite;

namespace Extraction.Bench.IndexScale;

/// <summary>
/// The naive baseline: plain SQLite FTS5 over the same rows (folded keys per field, bm25 with the field
/// weights), totals by count(*), facets by reading every match. What the store would be without an engine.
/// </summary>
internal sealed class FtsBaseline : IDisposable
{
    private readonly SqliteConnection connection;
    private SqliteTransaction? tx;
    private long nextId;
    private int inBatch;

    public FtsBaseline(string path)
    {
        SQLitePCL.Batteries_V2.Init();
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute("""
            PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA mmap_size=4294967296;
            CREATE TABLE IF NOT EXISTS fd(id INTEGER PRIMARY KEY, is_article INTEGER, date_key INTEGER, year INTEGER, kind TEXT, place TEXT, parties TEXT);
            CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(p, t, s, b, k, l, content='', detail=full);
            """);
    }

    /// <summary>Adds an article's rows (in batches of 5,000 per transaction).</summary>
    public void Add(ExtractedArticle article)
    {
        tx ??= connection.BeginTransaction();
        foreach (var d in DocBuilder.Build(article))
        {
            var id = ++nextId;
            var t = d.Texts;
            Run("INSERT INTO fd VALUES(@id, @a, @dk, @y, @k, @pl, @pa)", ("@id", id), ("@a", d.AgreementIndex < 0 ? 1 : 0), ("@dk", d.DateKey), ("@y", d.Year), ("@k", d.Kind), ("@pl", d.Place), ("@pa", string.Join(ResultCollector.PartySeparator, d.Parties)));
            Run("INSERT INTO fts(rowid, p, t, s, b, k, l) VALUES(@id, @p, @t, @s, @b, @k, @l)", ("@id", id), ("@p", Folded(string.Join(" ; ", t.Parties))), ("@t", Folded(t.Title)), ("@s", Folded(t.Subject)), ("@b", Folded(t.Body)), ("@k", Folded(t.Kind)), ("@l", Folded(string.Join(" ; ", t.Units))));
        }
        if (++inBatch >= 5000)
        {
            Flush();
        }
    }

    /// <summary>The folded keys of a text, space-joined (the words FTS5's own tokenizer then splits).</summary>
    private static string Folded(string text) => SearchKey.FoldedText(SearchKey.Default.Tokens(text));

    public void Flush()
    {
        tx?.Commit();
        tx?.Dispose();
        tx = null;
        inBatch = 0;
    }

    public int Search(SearchRequest request)
    {
        var q = QueryCompiler.Compile(QueryParser.Parse(request.Query, request), SearchKey.Default);
        var where = new StringBuilder("d.is_article = 0");
        var ps = new List<(string, object?)> { ("@m", Match(q)) };
        if (q.FromKey is int from)
        {
            where.Append(" AND d.date_key >= @from");
            ps.Add(("@from", from));
        }
        if (q.ToKey is int to)
        {
            where.Append(" AND d.date_key <= @to");
            ps.Add(("@to", to));
        }
        if (q.Years.Count > 0)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND d.year IN ({string.Join(',', q.Years)})");
        }
        var sql = $"SELECT d.id, -bm25(fts, 5, 4, 2, 1, 0, 0), d.date_key, d.kind, d.year, d.place, d.parties FROM fts JOIN fd d ON d.id = fts.rowid WHERE fts MATCH @m AND {where}";
        if (!request.Facets)
        {
            var total = Convert.ToInt32(Scalar($"SELECT count(*) FROM fts JOIN fd d ON d.id = fts.rowid WHERE fts MATCH @m AND {where}", ps), CultureInfo.InvariantCulture);
            using var page = Command(sql + " ORDER BY 2 DESC LIMIT 10", ps);
            using var r = page.ExecuteReader();
            while (r.Read())
            {
            }
            return total;
        }
        var collector = new ResultCollector(0, 10);
        using (var cmd = Command(sql, ps))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                collector.Add(new MatchRow(r.GetInt64(0), r.GetDouble(1), r.IsDBNull(2) ? 0 : r.GetInt32(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetInt32(4), r.IsDBNull(5) ? null : r.GetString(5), r.GetString(6)));
            }
        }
        _ = collector.Facets();
        return collector.Total;
    }

    /// <summary>The FTS5 MATCH text: clauses ANDed, alternatives ORed, phrases quoted, fields as column filters.</summary>
    private static string Match(CompiledQuery q)
    {
        static string Phrase(KeyPhrase p) => (p.Field switch
        {
            QueryField.Party => "p : ",
            QueryField.Place => "l : ",
            QueryField.Kind => "k : ",
            _ => "",
        }) + "\"" + string.Join(' ', p.Folded) + "\"";
        var match = string.Join(" AND ", q.Clauses.Select(c => c.Count == 1 ? Phrase(c[0]) : "(" + string.Join(" OR ", c.Select(Phrase)) + ")"));
        foreach (var e in q.Excluded)
        {
            match += " NOT " + Phrase(e);
        }
        return match;
    }

    private void Execute(string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private void Run(string sql, params (string, object?)[] ps)
    {
        using var cmd = Command(sql, ps);
        cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql, List<(string, object?)> ps)
    {
        using var cmd = Command(sql, ps);
        return cmd.ExecuteScalar();
    }

    private SqliteCommand Command(string sql, IEnumerable<(string Name, object? Value)> ps)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (n, v) in ps)
        {
            cmd.Parameters.AddWithValue(n, v ?? DBNull.Value);
        }
        return cmd;
    }

    public void Dispose()
    {
        Flush();
        connection.Dispose();
    }
}
