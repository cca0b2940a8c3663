using System.Data.Common;

namespace Extraction.Index.Storage;

/// <summary>
/// The raw-input hash of each source's stored article, both backends alike: written in the article's own
/// transaction, so a resumed ingest skips exactly what was committed. A table of its own (not a column of
/// articles), so an existing database migrates by creating it; a database from before simply re-reads once.
/// </summary>
internal static class InputHashTable
{
    public const string Create = "CREATE TABLE IF NOT EXISTS input_hashes(source TEXT PRIMARY KEY, hash TEXT NOT NULL);";

    /// <summary>Records the hash; an article without one (re-extracted from the store) leaves the recorded hash alone.</summary>
    public static void Write(DbTransaction tx, string source, string? hash)
    {
        if (hash is null)
        {
            return;
        }
        using var cmd = tx.Connection!.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO input_hashes(source, hash) VALUES(@s, @h) ON CONFLICT(source) DO UPDATE SET hash = excluded.hash";
        Add(cmd, "@h", hash);
        Add(cmd, "@s", source);
        cmd.ExecuteNonQuery();
    }

    /// <summary>Every (source, hash) stored, streamed.</summary>
    public static IEnumerable<(string Source, string Hash)> ReadAll(DbConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT source, hash FROM input_hashes";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return (r.GetString(0), r.GetString(1));
        }
    }

    private static void Add(DbCommand cmd, string name, string value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
