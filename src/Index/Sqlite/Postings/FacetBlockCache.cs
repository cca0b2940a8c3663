namespace Extraction.Index.Sqlite.Postings;

/// <summary>
/// Decoded facet blocks kept between searches, each checked against its stored version on every
/// search (one small query), so a write by this or another connection is seen at once.
/// </summary>
internal sealed class FacetBlockCache
{
    private readonly Dictionary<int, (long Version, FacetBlock Block)> blocks = [];

    /// <summary>The version of every stored block, newest block first.</summary>
    public static List<(int Block, long Version)> Versions(PreparedCommands sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var list = new List<(int, long)>();
        using var r = sql.Command("SELECT block, version FROM facet_blocks ORDER BY block DESC", null).ExecuteReader();
        while (r.Read())
        {
            list.Add((r.GetInt32(0), r.GetInt64(1)));
        }
        return list;
    }

    public FacetBlock Get(PreparedCommands sql, int block, long version)
    {
        ArgumentNullException.ThrowIfNull(sql);
        if (blocks.TryGetValue(block, out var cached) && cached.Version == version)
        {
            return cached.Block;
        }
        using var r = sql.Command("SELECT version, data FROM facet_blocks WHERE block = @b", null, ("@b", block)).ExecuteReader();
        var loaded = r.Read() ? (r.GetInt64(0), FacetBlock.Decode((byte[])r.GetValue(1))) : (version, FacetBlock.Empty());
        blocks[block] = loaded;
        return loaded.Item2;
    }
}
