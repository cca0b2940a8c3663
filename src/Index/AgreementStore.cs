namespace Extraction.Index;

/// <summary>Opens the store a <c>--db</c> value names: a PostgreSQL connection string or a SQLite file path.</summary>
public static class AgreementStore
{
    public static IAgreementStore Open(string db) =>
        throw new NotImplementedException($"store for {db}");

    /// <summary>Whether --db names a PostgreSQL server rather than a SQLite file.</summary>
    public static bool IsConnectionString(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);
}
