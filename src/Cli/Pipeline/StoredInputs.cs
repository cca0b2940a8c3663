using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Extraction.Cli.Pipeline;

/// <summary>
/// The (source, input hash) pairs a store already holds, read once before an ingest: 8 bytes a stored article
/// (a 64-bit digest of the pair), read-only afterwards so every cleaning thread may ask. A digest collision
/// would skip one changed input: at 2^-64 a pair, accepted.
/// </summary>
public sealed class StoredInputs
{
    private readonly HashSet<ulong> pairs = [];

    public StoredInputs(IEnumerable<(string Source, string Hash)> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        foreach (var (source, hash) in stored)
        {
            pairs.Add(Digest(source, hash));
        }
    }

    public int Count => pairs.Count;

    public bool Holds(string source, string hash) => pairs.Contains(Digest(source, hash));

    private static ulong Digest(string source, string hash) =>
        BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(source + "\n" + hash)));
}
