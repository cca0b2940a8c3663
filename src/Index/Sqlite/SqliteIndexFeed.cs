using Extraction.Extract.Model;
using Extraction.Extract.Serialization;
using Extraction.Index.Indexing;
using Extraction.Index.Lucene;
using Microsoft.Data.Sqlite;

namespace Extraction.Index.Sqlite;

/// <summary>
/// The change sequence of a SQLite store and what its search index reads from it. Every write marks
/// the sources it touched in <c>changes</c> in its own transaction; a source has one row, moved to the
/// end of the sequence on each change, so the table stays one row per source.
/// </summary>
internal sealed class SqliteIndexFeed(PreparedCommands sql) : IIndexFeed
{
    // SQLite writes one transaction at a time, so sequence order is commit order: an index that applied
    // up to N has seen every change numbered below N.
    public const string Schema = """
        CREATE TABLE IF NOT EXISTS changes(seq INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL UNIQUE);
        CREATE TABLE IF NOT EXISTS store_info(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT OR IGNORE INTO store_info(key, value) VALUES('id', lower(hex(randomblob(16))));
        """;

    private readonly BuiltDocs built = new();

    // Sources this store gave their first change row, until the index applies it. A fresh ingest is almost all such:
    // without deletes to apply, a flush of the index writer does not open every segment to look for the sources' rows.
    private readonly HashSet<string> firstChanges = new(StringComparer.Ordinal);

    private string? storeId;

    /// <summary>Creates the tables; a file written before them gets every stored source as a change, so its index is built on open.</summary>
    public static void Create(PreparedCommands sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var existed = Convert.ToInt64(sql.Scalar("SELECT count(*) FROM sqlite_master WHERE name='changes'", null), System.Globalization.CultureInfo.InvariantCulture) > 0;
        sql.Execute(Schema);
        if (!existed)
        {
            sql.Execute("INSERT INTO changes(source) SELECT source FROM articles ORDER BY source");
        }
    }

    public string StoreId => storeId ??= (string)sql.Scalar("SELECT value FROM store_info WHERE key='id'", null)!;

    /// <summary>Marks a source changed, inside the write's transaction.</summary>
    public void Mark(string source, SqliteTransaction tx)
    {
        if (sql.Run("DELETE FROM changes WHERE source=@s", tx, ("@s", source)) == 0)
        {
            firstChanges.Add(source);
        }
        sql.Run("INSERT INTO changes(source) VALUES(@s)", tx, ("@s", source));
    }

    /// <summary>Remembers the docs a write built for an article, until the index applies them.</summary>
    public void Built(ExtractedArticle article, List<IndexedDoc> docs) => built.Add(article, docs);

    /// <summary>After a rolled-back write nothing it built may be applied.</summary>
    public void Forget()
    {
        built.Clear();
        firstChanges.Clear();
    }

    // A source stays flagged if a later write of the same batch marks it again: the index has still never applied it.
    public bool IsFirstChange(string source) => firstChanges.Remove(source);

    public IReadOnlyList<(long Sequence, string Source)> ChangesAfter(long sequence, int limit)
    {
        var list = new List<(long, string)>();
        using var r = sql.Command("SELECT seq, source FROM changes WHERE seq > @q ORDER BY seq LIMIT @n", null, ("@q", sequence), ("@n", limit)).ExecuteReader();
        while (r.Read())
        {
            list.Add((r.GetInt64(0), r.GetString(1)));
        }
        return list;
    }

    public IReadOnlyList<(long RowId, IndexedDoc Doc)> SearchableRows(string source)
    {
        var rows = new List<(long Id, int Index, string ArticleId)>();
        using (var r = sql.Command("SELECT id, agr_index, article_id FROM docs WHERE source=@s AND visible=1", null, ("@s", source)).ExecuteReader())
        {
            while (r.Read())
            {
                rows.Add((r.GetInt64(0), r.GetInt32(1), r.GetString(2)));
            }
        }
        return built.Rows(source, rows, () => Load(source));
    }

    private List<IndexedDoc> Load(string source)
    {
        using var r = sql.Command("SELECT json, text FROM articles WHERE source=@s", null, ("@s", source)).ExecuteReader();
        return r.Read() ? DocBuilder.Build(ArticleJsonReader.Read(r.GetString(0), r.GetString(1))) : [];
    }
}
