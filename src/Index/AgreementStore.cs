using Extraction.Index.Postgres;
using Extraction.Index.Sqlite;

namespace Extraction.Index;

/// <summary>Opens the store a <c>--db</c> value names: a PostgreSQL connection string or a SQLite file path.</summary>
public static class AgreementStore
{
    /// <summary>Opens (creating the schema if missing) the PostgreSQL store or the SQLite file <paramref name="db"/> names.</summary>
    public static IAgreementStore Open(string db, StoreUse use = StoreUse.Search)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        return IsConnectionString(db) ? new PostgresAgreementStore(db, null, searchIndex: true, use) : new SqliteAgreementStore(db, null, use);
    }

    /// <summary>How messages name the store: the file path, or the connection string without its password.</summary>
    public static string Describe(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return IsConnectionString(db) ? PostgresConnectionString.Redacted(db) : db;
    }

    /// <summary>Whether --db names a PostgreSQL server (postgres:// URL or "Host=…" keywords) rather than a SQLite file.</summary>
    public static bool IsConnectionString(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var s = db.Trim();
        return s.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || (s.Contains("Host=", StringComparison.OrdinalIgnoreCase) && !File.Exists(s));
    }
}
