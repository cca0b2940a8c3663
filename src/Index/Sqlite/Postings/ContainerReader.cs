namespace Extraction.Index.Sqlite.Postings;

/// <summary>
/// Reads containers for one search and keeps them for its length: a matching key's containers of every
/// block in one query (<see cref="Get"/>), a ranking key's of one block only (<see cref="GetOne"/>).
/// </summary>
internal sealed class ContainerReader
{
    private readonly PreparedCommands sql;
    private readonly Dictionary<string, Dictionary<int, byte[]>> loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, int), byte[]?> single = [];

    public ContainerReader(PreparedCommands sql) => this.sql = sql;

    public byte[]? Get(string key, int block)
    {
        if (!loaded.TryGetValue(key, out var byBlock))
        {
            byBlock = [];
            using var r = sql.Command("SELECT block, ids FROM postings WHERE key = @k", null, ("@k", key)).ExecuteReader();
            while (r.Read())
            {
                byBlock[r.GetInt32(0)] = (byte[])r.GetValue(1);
            }
            loaded[key] = byBlock;
        }
        return byBlock.GetValueOrDefault(block);
    }

    public byte[]? GetOne(string key, int block)
    {
        if (loaded.TryGetValue(key, out var whole))
        {
            return whole.GetValueOrDefault(block);
        }
        if (!single.TryGetValue((key, block), out var container))
        {
            container = sql.Command("SELECT ids FROM postings WHERE key = @k AND block = @b", null, ("@k", key), ("@b", block)).ExecuteScalar() as byte[];
            single[(key, block)] = container;
        }
        return container;
    }

    public void OrInto(string key, int block, ulong[] bits)
    {
        if (Get(key, block) is { } container)
        {
            IdBlock.OrInto(container, bits);
        }
    }
}
