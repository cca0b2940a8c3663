using Microsoft.Data.Sqlite;

namespace Extraction.Index.Sqlite;

/// <summary>The SQLite schema: articles as stored (JSON + cleaned text) and one row per searchable doc; the search index lives beside the file.</summary>
internal static class SqliteSchema
{
    /// <summary>Drops what an older layout keyed differently; articles (JSON + text) stay to be re-keyed.</summary>
    public const string DropKeys = "DROP TABLE IF EXISTS docs_fts; DROP TABLE IF EXISTS docs; DROP TABLE IF EXISTS postings; DROP TABLE IF EXISTS facet_blocks; DROP TABLE IF EXISTS facet_chunks; DROP TABLE IF EXISTS facet_codes;";

    /// <summary>The layout written (PRAGMA user_version): 5 = search in a Lucene index beside the file (4 had posting bitmaps in it, which are dropped on open).</summary>
    public const int Layout = 5;

    /// <summary>Docs rows keyed before layout 4 (FTS5) must be rebuilt; from 4 on, the rows are the same.</summary>
    private const int RowsSince = 4;

    /// <summary>True for a file whose docs were keyed by an older layout.</summary>
    public static bool IsOutdated(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT (SELECT count(*) FROM pragma_table_info('docs')) > 0 AND (SELECT user_version FROM pragma_user_version) < {RowsSince}";
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    // docs ids are never reused (AUTOINCREMENT): an index entry left behind by a row that is gone can never name a new row.
    public static readonly string Create = $$"""
        CREATE TABLE IF NOT EXISTS articles(
            source TEXT PRIMARY KEY,
            id TEXT NOT NULL,
            grp TEXT NOT NULL,
            title TEXT,
            published TEXT,
            extractor_version TEXT NOT NULL,
            is_agreement INTEGER NOT NULL,
            json TEXT NOT NULL,
            text TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS articles_id ON articles(id);
        CREATE INDEX IF NOT EXISTS articles_grp ON articles(grp);
        CREATE TABLE IF NOT EXISTS docs(
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            source TEXT NOT NULL,
            article_id TEXT NOT NULL,
            agr_index INTEGER NOT NULL,
            is_article INTEGER NOT NULL,
            visible INTEGER NOT NULL DEFAULT 1,
            kind TEXT,
            signed_on TEXT,
            year INTEGER,
            date_key INTEGER,
            place TEXT,
            parties TEXT NOT NULL,
            subject TEXT,
            evidence TEXT,
            ev_start INTEGER NOT NULL,
            ev_end INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS docs_source ON docs(source);
        CREATE INDEX IF NOT EXISTS docs_filter ON docs(is_article, visible, date_key);
        DROP TABLE IF EXISTS postings;
        DROP TABLE IF EXISTS facet_chunks;
        DROP TABLE IF EXISTS facet_codes;
        PRAGMA user_version = {{Layout}};
        """;
}
