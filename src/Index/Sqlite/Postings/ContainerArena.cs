namespace Extraction.Index.Sqlite.Postings;

/// <summary>
/// Memory for the containers one search reads, reused by the next search of the same store: a search
/// reads megabytes of containers, which as fresh arrays each time kept the garbage collector busy.
/// </summary>
internal sealed class ContainerArena
{
    private const int ChunkSize = 1 << 20;

    private readonly List<byte[]> chunks = [];
    private int chunk;
    private int used;

    /// <summary>Makes all memory free again: containers taken before must no longer be used.</summary>
    public void Reset()
    {
        chunk = 0;
        used = 0;
    }

    /// <summary>A slice of <paramref name="length"/> bytes: the array and the offset to fill it at.</summary>
    public (byte[] Array, int Offset) Take(int length)
    {
        if (length > ChunkSize)
        {
            return (new byte[length], 0);
        }
        if (chunk < chunks.Count && used + length > ChunkSize)
        {
            chunk++;
            used = 0;
        }
        if (chunk == chunks.Count)
        {
            chunks.Add(new byte[ChunkSize]);
        }
        var offset = used;
        used += length;
        return (chunks[chunk], offset);
    }
}
