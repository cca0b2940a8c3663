namespace Extraction.Index.Sqlite.Postings;

/// <summary>
/// Decoded facet chunks kept between searches, each checked against its stored version on every
/// search (one small query), so a write by this or another connection is seen at once.
/// </summary>
internal sealed class FacetBlockCache
{
    private readonly Dictionary<int, (long Version, FacetBlock Chunk)> chunks = [];

    /// <summary>The posting blocks that hold stored docs, newest first, with the version of each of their facet chunks.</summary>
    public static List<(int Block, List<(int Chunk, long Version)> Chunks)> Versions(PreparedCommands sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var blocks = new List<(int Block, List<(int, long)> Chunks)>();
        using var r = sql.Command("SELECT chunk, version FROM facet_chunks ORDER BY chunk DESC", null).ExecuteReader();
        while (r.Read())
        {
            var chunk = r.GetInt32(0);
            var block = chunk / BlockFacets.Chunks;
            if (blocks.Count == 0 || blocks[^1].Block != block)
            {
                blocks.Add((block, []));
            }
            blocks[^1].Chunks.Add((chunk, r.GetInt64(1)));
        }
        return blocks;
    }

    public BlockFacets Get(PreparedCommands sql, int block, List<(int Chunk, long Version)> versions)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(versions);
        var view = new FacetBlock?[BlockFacets.Chunks];
        foreach (var (chunk, version) in versions)
        {
            view[chunk - (block * BlockFacets.Chunks)] = Get(sql, chunk, version);
        }
        return new BlockFacets(view);
    }

    private FacetBlock Get(PreparedCommands sql, int chunk, long version)
    {
        if (chunks.TryGetValue(chunk, out var cached) && cached.Version == version)
        {
            return cached.Chunk;
        }
        using var r = sql.Command("SELECT version, data FROM facet_chunks WHERE chunk = @c", null, ("@c", chunk)).ExecuteReader();
        var loaded = r.Read() ? (r.GetInt64(0), FacetBlock.Decode((byte[])r.GetValue(1))) : (version, FacetBlock.Empty());
        chunks[chunk] = loaded;
        return loaded.Item2;
    }
}
