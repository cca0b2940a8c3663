using Extraction.Index;

namespace Extraction.Cli;

/// <summary>Opens the store named by --db, turning "cannot open" into a user error that names it.</summary>
internal static class StoreOpener
{
    public static IAgreementStore Open(string db, StoreUse use = StoreUse.Search)
    {
        if (string.IsNullOrWhiteSpace(db))
        {
            throw new UserErrorException("--db: give a SQLite file or a PostgreSQL connection string");
        }
        if (!AgreementStore.IsConnectionString(db))
        {
            SqliteFileCheck.ThrowUnlessDatabase(db);
        }
        try
        {
            return AgreementStore.Open(db, use);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or FormatException or System.Data.Common.DbException)
        {
            throw new UserErrorException($"{AgreementStore.Describe(db)}: cannot open database: {e.Message}", e);
        }
    }

    /// <summary>For reading commands: a missing SQLite file is a user error, not a new empty database.</summary>
    public static IAgreementStore OpenExisting(string db, StoreUse use = StoreUse.Search)
    {
        if (!string.IsNullOrWhiteSpace(db) && !AgreementStore.IsConnectionString(db) && !File.Exists(db))
        {
            throw new UserErrorException($"{db}: no such database (run `agreements ingest` first)");
        }
        return Open(db, use);
    }
}
