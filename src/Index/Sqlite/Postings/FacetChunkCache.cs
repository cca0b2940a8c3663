namespace Extraction.Index.Sqlite.Postings;

/// <summary>
/// Decoded facet chunks kept between searches, each checked against its stored version on every
/// search (one small query), so a write by this or another connection is seen at once.
/// </summary>
internal sealed class FacetChunkCache
{
    private readonly Dictionary<int, (long Version, FacetChunk Chunk)> chunks = [];

    private List<(int Block, List<(int Chunk, long Version)> Chunks)>? versions;
    private long dataVersion = -1;

    /// <summary>
    /// The posting blocks that hold stored docs, newest first, with the version of each of their facet
    /// chunks: read again only when a commit happened since (PRAGMA data_version tells of other
    /// connections' commits, <see cref="Changed"/> of this one's).
    /// </summary>
    public List<(int Block, List<(int Chunk, long Version)> Chunks)> Versions(PreparedCommands sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var current = Convert.ToInt64(sql.Scalar("PRAGMA data_version", null), System.Globalization.CultureInfo.InvariantCulture);
        if (versions is not null && current == dataVersion)
        {
            return versions;
        }
        var blocks = new List<(int Block, List<(int, long)> Chunks)>();
        using (var r = sql.Command("SELECT chunk, version FROM facet_chunks ORDER BY chunk DESC", null).ExecuteReader())
        {
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
        }
        (versions, dataVersion) = (blocks, current);
        return blocks;
    }

    /// <summary>This connection wrote: the versions are read again by the next search.</summary>
    public void Changed() => versions = null;

    public BlockFacets Get(PreparedCommands sql, int block, List<(int Chunk, long Version)> versions)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(versions);
        var view = new FacetChunk?[BlockFacets.Chunks];
        foreach (var (chunk, version) in versions)
        {
            view[chunk - (block * BlockFacets.Chunks)] = Get(sql, chunk, version);
        }
        return new BlockFacets(view);
    }

    private FacetChunk Get(PreparedCommands sql, int chunk, long version)
    {
        if (chunks.TryGetValue(chunk, out var cached) && cached.Version == version)
        {
            return cached.Chunk;
        }
        using var r = sql.Command("SELECT version, data FROM facet_chunks WHERE chunk = @c", null, ("@c", chunk)).ExecuteReader();
        var loaded = r.Read() ? (r.GetInt64(0), FacetChunk.Decode((byte[])r.GetValue(1))) : (version, FacetChunk.Empty());
        chunks[chunk] = loaded;
        return loaded.Item2;
    }
}
