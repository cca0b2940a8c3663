using System.Runtime.InteropServices;
using Extraction.Ingest.Duplicates;
using Microsoft.Data.Sqlite;

namespace Extraction.Index.Sqlite;

/// <summary>
/// The near-duplicate index kept in the store's own file: ids met, head signatures, and an index from LSH band
/// key to head. An ingest holds none of it in memory (it grew by about 2 MB per thousand articles), and a copy
/// ingested in a later run still finds the head a former run stored.
/// </summary>
internal sealed class SqliteNearDuplicateIndex
    : INearDuplicateIndex
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS dup_seen(id TEXT PRIMARY KEY, source TEXT NOT NULL, head TEXT) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS dup_heads(n INTEGER PRIMARY KEY, id TEXT NOT NULL, signature BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS dup_bands(key INTEGER NOT NULL, head INTEGER NOT NULL, PRIMARY KEY(key, head)) WITHOUT ROWID;
        """;

    private readonly SqliteConnection connection;
    private readonly PreparedCommands sql;
    private readonly string candidates;
    private readonly Func<SqliteTransaction?> writing;

    /// <param name="writing">The store's open write batch, if any: inside one, every read and write joins it (a connection runs one transaction).</param>
    public SqliteNearDuplicateIndex(SqliteConnection connection, PreparedCommands sql, int bands, Func<SqliteTransaction?> writing)
    {
        this.connection = connection;
        this.writing = writing;
        this.sql = sql;
        sql.Execute(Schema);
        var keys = string.Join(',', Enumerable.Range(0, bands).Select(i => $"@k{i}"));
        candidates = $"SELECT id, signature FROM dup_heads WHERE n IN (SELECT head FROM dup_bands WHERE key IN ({keys})) ORDER BY n";
    }

    public bool TryGetSeen(string id, string source, out string? head, out bool sameSource)
    {
        using var r = sql.Command("SELECT source, head FROM dup_seen WHERE id = @id", writing(), ("@id", id)).ExecuteReader();
        if (!r.Read())
        {
            head = null;
            sameSource = false;
            return false;
        }
        var stored = r.IsDBNull(1) ? null : r.GetString(1);
        sameSource = r.GetString(0) == source;
        head = sameSource ? stored : stored ?? id;
        return true;
    }

    public void MarkSeen(string id, string source, string? head) =>
        sql.Run("INSERT OR IGNORE INTO dup_seen(id, source, head) VALUES(@id, @s, @h)", writing(), ("@id", id), ("@s", source), ("@h", head));

    public IReadOnlyList<(string Id, uint[] Signature)> Candidates(ulong[] bandKeys)
    {
        ArgumentNullException.ThrowIfNull(bandKeys);
        var found = new List<(string, uint[])>();
        using var r = sql.Command(candidates, writing(), Keys(bandKeys)).ExecuteReader();
        while (r.Read())
        {
            found.Add((r.GetString(0), MemoryMarshal.Cast<byte, uint>((byte[])r.GetValue(1)).ToArray()));
        }
        return found;
    }

    public void AddHead(string id, ulong[] bandKeys, uint[] signature)
    {
        ArgumentNullException.ThrowIfNull(bandKeys);
        ArgumentNullException.ThrowIfNull(signature);
        // One transaction for the head and its band rows: one commit, not seventeen (or the batch's, when one is open).
        var outer = writing();
        using var own = outer is null ? connection.BeginTransaction() : null;
        var tx = outer ?? own!;
        var n = (long)sql.Scalar(
            "INSERT INTO dup_heads(id, signature) VALUES(@id, @sig) RETURNING n",
            tx,
            ("@id", id),
            ("@sig", MemoryMarshal.AsBytes(signature.AsSpan()).ToArray()))!;
        foreach (var key in bandKeys)
        {
            sql.Run("INSERT OR IGNORE INTO dup_bands(key, head) VALUES(@k, @n)", tx, ("@k", unchecked((long)key)), ("@n", n));
        }
        own?.Commit();
    }

    private static (string, object?)[] Keys(ulong[] bandKeys) =>
        bandKeys.Select((k, i) => ($"@k{i}", (object?)unchecked((long)k))).ToArray();
}
