namespace Extraction.Index.Sqlite.Postings;

/// <summary>Reads each key's containers of every block once per search (one query per key), keeping them for the search's length.</summary>
internal sealed class ContainerReader
{
    private readonly PreparedCommands sql;
    private readonly Dictionary<string, Dictionary<int, byte[]>> loaded = new(StringComparer.Ordinal);

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

    public void OrInto(string key, int block, ulong[] bits)
    {
        if (Get(key, block) is { } container)
        {
            IdBlock.OrInto(container, bits);
        }
    }
}
