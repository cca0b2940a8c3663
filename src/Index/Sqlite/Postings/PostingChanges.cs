using Microsoft.Data.Sqlite;

namespace Extraction.Index.Sqlite.Postings;

/// <summary>
/// The posting and facet-slot changes of one write transaction, applied when it commits: each touched
/// container and facet chunk is read, changed and written once per transaction rather than once per doc.
/// </summary>
internal sealed class PostingChanges
{
    // Per (key, block), in order: offset + 1 to add the id, -(offset + 1) to remove it.
    private readonly Dictionary<(string Key, int Block), List<int>> postings = [];
    private readonly Dictionary<int, Dictionary<int, FacetSlot>> slots = [];

    public void Add(string key, long id) => Ops(key, id).Add(IdBlock.OffsetOf(id) + 1);

    public void Remove(string key, long id) => Ops(key, id).Add(-(IdBlock.OffsetOf(id) + 1));

    public void Set(long id, FacetSlot slot)
    {
        var chunk = FacetChunk.ChunkOf(id);
        if (!slots.TryGetValue(chunk, out var map))
        {
            slots[chunk] = map = [];
        }
        map[FacetChunk.OffsetOf(id)] = slot;
    }

    public void Clear()
    {
        postings.Clear();
        slots.Clear();
    }

    /// <summary>Writes every change inside the transaction about to commit.</summary>
    public void Flush(PreparedCommands sql, PostingStatements statements, SqliteTransaction tx)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(statements);
        var bits = new ulong[IdBlock.Words];
        foreach (var ((key, block), ops) in postings)
        {
            var stored = statements.ReadForUpdate(key, block);
            // Most keys are rare: their offset lists are merged as lists; only bitmaps are changed bit by bit.
            var container = stored is null || IdBlock.IsOffsets(stored) ? MergeOffsets(stored, ops) : MergeBits(stored, ops, bits);
            statements.Write(key, block, container);
        }
        foreach (var (chunk, changed) in slots)
        {
            FacetChunk current = FacetChunk.Empty();
            long version = 0;
            using (var r = sql.Command("SELECT version, data FROM facet_chunks WHERE chunk = @c", tx, ("@c", chunk)).ExecuteReader())
            {
                if (r.Read())
                {
                    version = r.GetInt64(0);
                    current = FacetChunk.Decode((byte[])r.GetValue(1));
                }
            }
            sql.Run(
                "INSERT OR REPLACE INTO facet_chunks(chunk, version, data) VALUES(@c, @v, @d)",
                tx,
                ("@c", chunk),
                ("@v", version + 1),
                ("@d", current.With(changed).Encode()));
        }
        Clear();
    }

    private static byte[] MergeOffsets(byte[]? stored, List<int> ops)
    {
        if (AppendsOnly(stored, ops) is { } appended)
        {
            return appended;
        }
        var set = stored is null ? new HashSet<ushort>() : new HashSet<ushort>(IdBlock.Offsets(stored).ToArray());
        foreach (var op in ops)
        {
            var offset = (ushort)(Math.Abs(op) - 1);
            if (op > 0)
            {
                set.Add(offset);
            }
            else
            {
                set.Remove(offset);
            }
        }
        var sorted = set.ToList();
        sorted.Sort();
        return IdBlock.EncodeSorted(sorted);
    }

    /// <summary>
    /// The usual case, new docs (ids only grow) added to a list: the new offsets, in order and past the
    /// last stored one, are appended without rebuilding the list. Null when the ops are anything else.
    /// </summary>
    private static byte[]? AppendsOnly(byte[]? stored, List<int> ops)
    {
        var last = stored is null || stored.Length == 0 ? -1 : IdBlock.Offsets(stored)[^1];
        foreach (var op in ops)
        {
            if (op <= last + 1)
            {
                return null;
            }
            last = op - 1;
        }
        var existing = stored is null ? 0 : stored.Length / sizeof(ushort);
        var offsets = new List<ushort>(existing + ops.Count);
        if (stored is not null)
        {
            offsets.AddRange(IdBlock.Offsets(stored));
        }
        foreach (var op in ops)
        {
            offsets.Add((ushort)(op - 1));
        }
        return IdBlock.EncodeSorted(offsets);
    }

    private static byte[] MergeBits(byte[] stored, List<int> ops, ulong[] bits)
    {
        IdBlock.CopyInto(stored, bits);
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
        return IdBlock.Encode(bits);
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
