using Extraction.Extract.Model;
using Extraction.Extract.Serialization;
using Extraction.Index.Indexing;
using Extraction.Index.Lucene;
using Npgsql;

namespace Extraction.Index.Postgres;

/// <summary>
/// The change sequence of a PostgreSQL store, read by the search index each machine keeps for it. A
/// write marks the sources it touched under a transaction-scoped lock, so sequence numbers are handed out
/// in commit order and an index that applied up to N never meets a smaller number later.
/// </summary>
internal sealed class PostgresIndexFeed(NpgsqlConnection connection) : IIndexFeed
{
    public const string Schema = """
        CREATE SEQUENCE IF NOT EXISTS change_seq;
        CREATE TABLE IF NOT EXISTS changes(seq bigint PRIMARY KEY, source text NOT NULL UNIQUE);
        CREATE TABLE IF NOT EXISTS store_info(key text PRIMARY KEY, value text NOT NULL);
        INSERT INTO store_info(key, value) VALUES('id', md5(random()::text || clock_timestamp()::text)) ON CONFLICT DO NOTHING;
        """;

    /// <summary>Held from a write's first mark to its commit: two writers hand out sequence numbers one after the other.</summary>
    private const long ChangeLock = 7253642;

    private readonly BuiltDocs built = new();
    private string? storeId;

    /// <summary>Creates the tables (inside the schema transaction); a database written before them gets every source as a change.</summary>
    public static void Create(NpgsqlConnection connection, NpgsqlTransaction tx)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using (var check = new NpgsqlCommand("SELECT to_regclass('changes') IS NOT NULL", connection, tx))
        {
            if ((bool)check.ExecuteScalar()!)
            {
                return;
            }
        }
        using var cmd = new NpgsqlCommand(Schema + "INSERT INTO changes(seq, source) SELECT nextval('change_seq'), source FROM articles ORDER BY source;", connection, tx);
        cmd.ExecuteNonQuery();
    }

    public string StoreId
    {
        get
        {
            if (storeId is null)
            {
                using var cmd = new NpgsqlCommand("SELECT value FROM store_info WHERE key='id'", connection);
                storeId = (string)cmd.ExecuteScalar()!;
            }
            return storeId;
        }
    }

    /// <summary>Marks sources changed, inside the write's transaction.</summary>
    public void Mark(IEnumerable<string> sources, NpgsqlTransaction tx)
    {
        using var cmd = new NpgsqlCommand(
            """
            SELECT pg_advisory_xact_lock(@lock);
            INSERT INTO changes(seq, source) SELECT nextval('change_seq'), s FROM unnest(@sources) AS s
            ON CONFLICT(source) DO UPDATE SET seq = EXCLUDED.seq;
            """,
            connection,
            tx);
        cmd.Parameters.AddWithValue("lock", ChangeLock);
        cmd.Parameters.AddWithValue("sources", sources.Distinct(StringComparer.Ordinal).ToArray());
        cmd.ExecuteNonQuery();
    }

    public void Built(ExtractedArticle article, List<IndexedDoc> docs) => built.Add(article, docs);

    public void Forget() => built.Clear();

    public IReadOnlyList<(long Sequence, string Source)> ChangesAfter(long sequence, int limit)
    {
        var list = new List<(long, string)>();
        using var cmd = new NpgsqlCommand("SELECT seq, source FROM changes WHERE seq > @q ORDER BY seq LIMIT @n", connection);
        cmd.Parameters.AddWithValue("q", sequence);
        cmd.Parameters.AddWithValue("n", limit);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add((r.GetInt64(0), r.GetString(1)));
        }
        return list;
    }

    public bool IsFirstChange(string source) => false;

    public IReadOnlyList<(long RowId, IndexedDoc Doc)> SearchableRows(string source)
    {
        var rows = new List<(long Id, int Index, string ArticleId)>();
        using (var cmd = new NpgsqlCommand("SELECT id, agr_index, article_id FROM docs WHERE source=@s AND visible=1", connection))
        {
            cmd.Parameters.AddWithValue("s", source);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                rows.Add((r.GetInt64(0), r.GetInt32(1), r.GetString(2)));
            }
        }
        return built.Rows(source, rows, () => Load(source));
    }

    private List<IndexedDoc> Load(string source)
    {
        using var cmd = new NpgsqlCommand("SELECT json, text FROM articles WHERE source=@s", connection);
        cmd.Parameters.AddWithValue("s", source);
        using var r = cmd.ExecuteReader();
        return r.Read() ? DocBuilder.Build(ArticleJsonReader.Read(r.GetString(0), r.GetString(1))) : [];
    }
}
