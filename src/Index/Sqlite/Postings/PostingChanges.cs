using Microsoft.Data.Sqlite;

namespace Extraction.Index.Sqlite.Postings;

/// <summary>
/// The posting and facet-slot changes of one write transaction, applied when it commits: each touched
/// container and facet block is read, changed and written once per transaction rather than once per doc.
/// </summary>
internal sealed class PostingChanges
{
    // Per (key, block), in order: offset + 1 to add the id, -(offset + 1) to remove it.
    private readonly Dictionary<(string Key, int Block), List<int>> postings = [];
    private readonly Dictionary<int, Dictionary<int, FacetSlot>> slots = [];

    public bool IsEmpty => postings.Count == 0 && slots.Count == 0;

    public void Add(string key, long id) => Ops(key, id).Add(IdBlock.OffsetOf(id) + 1);

    public void Remove(string key, long id) => Ops(key, id).Add(-(IdBlock.OffsetOf(id) + 1));

    public void Set(long id, FacetSlot slot)
    {
        var block = IdBlock.BlockOf(id);
        if (!slots.TryGetValue(block, out var map))
        {
            slots[block] = map = [];
        }
        map[IdBlock.OffsetOf(id)] = slot;
    }

    public void Clear()
    {
        postings.Clear();
        slots.Clear();
    }

    /// <summary>Writes every change inside the transaction about to commit.</summary>
    public void Flush(PreparedCommands sql, SqliteTransaction tx)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var bits = new ulong[IdBlock.Words];
        foreach (var ((key, block), ops) in postings)
        {
            Array.Clear(bits);
            using (var r = sql.Command("SELECT ids FROM postings WHERE key = @k AND block = @b", tx, ("@k", key), ("@b", block)).ExecuteReader())
            {
                if (r.Read())
                {
                    IdBlock.OrInto((byte[])r.GetValue(0), bits);
                }
            }
            foreach (var op in ops)
            {
                var offset = Math.Abs(op) - 1;
                if (op > 0)
                {
                    bits[offset >> 6] |= 1UL << (offset & 63);
                }
                else
                {
                    bits[offset >> 6] &= ~(1UL << (offset & 63));
                }
            }
            var container = IdBlock.Encode(bits);
            if (container.Length == 0)
            {
                sql.Run("DELETE FROM postings WHERE key = @k AND block = @b", tx, ("@k", key), ("@b", block));
            }
            else
            {
                sql.Run("INSERT OR REPLACE INTO postings(key, block, ids) VALUES(@k, @b, @i)", tx, ("@k", key), ("@b", block), ("@i", container));
            }
        }
        foreach (var (block, changed) in slots)
        {
            FacetBlock current = FacetBlock.Empty();
            long version = 0;
            using (var r = sql.Command("SELECT version, data FROM facet_blocks WHERE block = @b", tx, ("@b", block)).ExecuteReader())
            {
                if (r.Read())
                {
                    version = r.GetInt64(0);
                    current = FacetBlock.Decode((byte[])r.GetValue(1));
                }
            }
            sql.Run(
                "INSERT OR REPLACE INTO facet_blocks(block, version, data) VALUES(@b, @v, @d)",
                tx,
                ("@b", block),
                ("@v", version + 1),
                ("@d", current.With(changed).Encode()));
        }
        Clear();
    }

    private List<int> Ops(string key, long id)
    {
        var at = (key, IdBlock.BlockOf(id));
        if (!postings.TryGetValue(at, out var ops))
        {
            postings[at] = ops = [];
        }
        return ops;
    }
}
