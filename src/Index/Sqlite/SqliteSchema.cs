using Microsoft.Data.Sqlite;

namespace Extraction.Index.Sqlite;

/// <summary>The SQLite schema: articles as stored (JSON + cleaned text), one row per searchable doc, and a contentless FTS5 index of the docs' keys.</summary>
internal static class SqliteSchema
{
    /// <summary>Drops what an older layout keyed differently; articles (JSON + text) stay to be re-keyed.</summary>
    public const string DropKeys = "DROP TABLE IF EXISTS docs_fts; DROP TABLE IF EXISTS docs;";

    /// <summary>The key layout written (PRAGMA user_version): 2 = folded keys, year and name tokens, field keys on docs.</summary>
    public const int Layout = 2;

    /// <summary>True for a file whose docs were keyed by an older layout.</summary>
    public static bool IsOutdated(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT (SELECT count(*) FROM pragma_table_info('docs')) > 0 AND (SELECT user_version FROM pragma_user_version) < {Layout}";
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    // docs.*_keys: folded keys of the short fields, so matches are ranked in C# (FieldScorer), not by bm25().
    // Contentless FTS5 over folded keys (exact spellings are a rerank), plus a year token column: snippets are cut in C# from the display text, so the index need not keep a copy of the keys.
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
            id INTEGER PRIMARY KEY,
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
            ev_end INTEGER NOT NULL,
            p_keys TEXT,
            t_keys TEXT,
            s_keys TEXT);
        CREATE INDEX IF NOT EXISTS docs_source ON docs(source);
        CREATE INDEX IF NOT EXISTS docs_filter ON docs(is_article, visible, date_key);
        PRAGMA user_version = {{Layout}};
        CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts USING fts5(
            p_f, t_f, s_f, b_f, k_f, l_f, y,
            content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
        """;
}
