namespace Extraction.Index;

/// <summary>Opens the store a <c>--db</c> value names: a PostgreSQL connection string or a SQLite file path.</summary>
public static class AgreementStore
{
    public static IAgreementStore Open(string db) =>
        throw new NotImplementedException($"store for {db}");
}
