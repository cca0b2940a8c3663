using Extraction.Index.Postgres;
using Extraction.Index.Sqlite;

namespace Extraction.Index;

/// <summary>Opens the store a <c>--db</c> value names: a PostgreSQL connection string or a SQLite file path.</summary>
public static class AgreementStore
{
    public static IAgreementStore Open(string db)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        return IsPostgres(db) ? new PostgresAgreementStore(db) : new SqliteAgreementStore(db);
    }

    /// <summary>A postgres:// or postgresql:// URL, or a keyword string naming a Host.</summary>
    public static bool IsPostgres(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var s = db.Trim();
        return s.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || (s.Contains('=', StringComparison.Ordinal) && s.Contains("host", StringComparison.OrdinalIgnoreCase) && !File.Exists(s));
    }
}
