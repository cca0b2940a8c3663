namespace Extraction.Index.Sqlite.Postings;

/// <summary>
/// Reads containers for one search and keeps them for its length: a matching key's containers of every
/// block in one query (<see cref="Get"/>), a ranking key's of one block only (<see cref="GetOne"/>).
/// An absent container is empty (a stored one never is).
/// </summary>
internal sealed class ContainerReader
{
    private readonly PostingStatements sql;
    private readonly ContainerArena arena;
    private readonly Dictionary<string, Dictionary<int, ReadOnlyMemory<byte>>> loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, int), ReadOnlyMemory<byte>> single = [];

    public ContainerReader(PostingStatements sql, ContainerArena arena)
    {
        this.sql = sql;
        this.arena = arena;
        arena.Reset();
    }

    public ReadOnlyMemory<byte> Get(string key, int block)
    {
        if (!loaded.TryGetValue(key, out var byBlock))
        {
            var read = new Dictionary<int, ReadOnlyMemory<byte>>();
            sql.ReadAll(key, arena, (b, container) => read[b] = container);
            loaded[key] = byBlock = read;
        }
        return byBlock.GetValueOrDefault(block);
    }

    /// <summary>How many docs hold the key, over every block (its containers are read whole if not yet).</summary>
    public int DocCount(string key)
    {
        Get(key, 0);
        var count = 0;
        foreach (var container in loaded[key].Values)
        {
            count += IdBlock.CountOf(container.Span);
        }
        return count;
    }

    public ReadOnlyMemory<byte> GetOne(string key, int block)
    {
        if (loaded.TryGetValue(key, out var whole))
        {
            return whole.GetValueOrDefault(block);
        }
        if (!single.TryGetValue((key, block), out var container))
        {
            container = sql.ReadOne(key, block, arena);
            single[(key, block)] = container;
        }
        return container;
    }

    public void OrInto(string key, int block, ulong[] bits)
    {
        var container = Get(key, block);
        if (!container.IsEmpty)
        {
            IdBlock.OrInto(container.Span, bits);
        }
    }

    /// <summary>Sets into the docs of the block holding every key; false (into unset) when none can.</summary>
    public bool AllOf(List<string> keys, int block, ulong[] into, bool whole)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            var container = whole ? Get(keys[i], block) : GetOne(keys[i], block);
            if (container.IsEmpty)
            {
                Array.Clear(into);
                return false;
            }
            if (i == 0)
            {
                IdBlock.CopyInto(container.Span, into);
            }
            else
            {
                IdBlock.AndInto(container.Span, into);
            }
        }
        return keys.Count > 0 && !IdBlock.IsEmpty(into);
    }
}
