namespace Extraction.Index.Sqlite.Postings;

/// <summary>The facet chunks of one posting block (16 of 4,096 slots), read by the block's 16-bit offsets.</summary>
internal sealed class BlockFacets
{
    public const int Chunks = IdBlock.Size / FacetChunk.Size;

    /// <summary>Bitmap words a chunk spans.</summary>
    public const int WordsPerChunk = FacetChunk.Size / 64;

    private readonly FacetChunk?[] chunks;

    public BlockFacets(FacetChunk?[] chunks) => this.chunks = chunks;

    /// <summary>The i-th chunk of the block, or null when none of its ids was ever stored.</summary>
    public FacetChunk? Chunk(int i) => chunks[i];

    public int DateKey(int offset) => chunks[offset >> FacetChunk.Shift]?.DateKeys[offset & (FacetChunk.Size - 1)] ?? 0;

    public int PartyWords(int offset) => chunks[offset >> FacetChunk.Shift]?.PartyWords[offset & (FacetChunk.Size - 1)] ?? 0;
}
