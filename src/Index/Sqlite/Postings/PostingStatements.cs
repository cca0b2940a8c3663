using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Extraction.Index.Sqlite.Postings;

/// <summary>
/// The container reads and writes, as raw SQLite statements on the store's connection: a search copies
/// each blob straight from SQLite's page into its arena (through SqliteDataReader every blob became a
/// fresh array first: 4.3 MB of garbage per search at 1M agreements), and a commit rewrites hundreds of
/// containers per article without the per-command overhead.
/// </summary>
internal sealed class PostingStatements : IDisposable
{
    private readonly SqliteConnection connection;
    private sqlite3_stmt? allBlocks;
    private sqlite3_stmt? oneBlock;
    private sqlite3_stmt? write;
    private sqlite3_stmt? delete;

    public PostingStatements(SqliteConnection connection) => this.connection = connection;

    /// <summary>Calls <paramref name="found"/> with each block of the key and its container bytes (valid only during the call).</summary>
    public void ReadAll(string key, ContainerArena arena, Action<int, ReadOnlyMemory<byte>> found)
    {
        ArgumentNullException.ThrowIfNull(arena);
        ArgumentNullException.ThrowIfNull(found);
        var stmt = allBlocks ??= Prepare("SELECT block, ids FROM postings WHERE key = ?1");
        try
        {
            Check(raw.sqlite3_bind_text(stmt, 1, key));
            int rc;
            while ((rc = raw.sqlite3_step(stmt)) == raw.SQLITE_ROW)
            {
                found(raw.sqlite3_column_int(stmt, 0), Copy(raw.sqlite3_column_blob(stmt, 1), arena));
            }
            CheckDone(rc);
        }
        finally
        {
            raw.sqlite3_reset(stmt);
        }
    }

    /// <summary>The key's container of one block, or empty when it has none.</summary>
    public ReadOnlyMemory<byte> ReadOne(string key, int block, ContainerArena arena)
    {
        ArgumentNullException.ThrowIfNull(arena);
        return ReadBlock(key, block, blob => Copy(blob, arena), ReadOnlyMemory<byte>.Empty);
    }

    /// <summary>The stored container of a key's block, as a fresh array (for changing it), or null.</summary>
    public byte[]? ReadForUpdate(string key, int block) => ReadBlock<byte[]?>(key, block, blob => blob.ToArray(), null);

    /// <summary>Stores a key's container of a block; an empty one deletes the row.</summary>
    public void Write(string key, int block, byte[] container)
    {
        ArgumentNullException.ThrowIfNull(container);
        var stmt = container.Length == 0
            ? delete ??= Prepare("DELETE FROM postings WHERE key = ?1 AND block = ?2")
            : write ??= Prepare("INSERT OR REPLACE INTO postings(key, block, ids) VALUES(?1, ?2, ?3)");
        try
        {
            Check(raw.sqlite3_bind_text(stmt, 1, key));
            Check(raw.sqlite3_bind_int(stmt, 2, block));
            if (container.Length > 0)
            {
                Check(raw.sqlite3_bind_blob(stmt, 3, container));
            }
            CheckDone(raw.sqlite3_step(stmt));
        }
        finally
        {
            raw.sqlite3_reset(stmt);
        }
    }

    public void Dispose()
    {
        foreach (var stmt in new[] { allBlocks, oneBlock, write, delete })
        {
            stmt?.Dispose();
        }
        allBlocks = oneBlock = write = delete = null;
    }

    private delegate T BlobReader<T>(ReadOnlySpan<byte> blob);

    private T ReadBlock<T>(string key, int block, BlobReader<T> found, T none)
    {
        var stmt = oneBlock ??= Prepare("SELECT ids FROM postings WHERE key = ?1 AND block = ?2");
        try
        {
            Check(raw.sqlite3_bind_text(stmt, 1, key));
            Check(raw.sqlite3_bind_int(stmt, 2, block));
            var rc = raw.sqlite3_step(stmt);
            if (rc == raw.SQLITE_ROW)
            {
                return found(raw.sqlite3_column_blob(stmt, 0));
            }
            CheckDone(rc);
            return none;
        }
        finally
        {
            raw.sqlite3_reset(stmt);
        }
    }

    private static ReadOnlyMemory<byte> Copy(ReadOnlySpan<byte> blob, ContainerArena arena)
    {
        var (array, offset) = arena.Take(blob.Length);
        blob.CopyTo(array.AsSpan(offset));
        return new ReadOnlyMemory<byte>(array, offset, blob.Length);
    }

    private sqlite3_stmt Prepare(string sql)
    {
        Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out var stmt));
        return stmt;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc);
        }
    }

    private void CheckDone(int rc)
    {
        if (rc != raw.SQLITE_DONE)
        {
            Check(rc);
        }
    }
}
