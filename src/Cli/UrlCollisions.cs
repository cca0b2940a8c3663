using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Extraction.Cli;

/// <summary>
/// Remembers which input each URL-keyed record (JSON Lines, WARC) of a run came from, so a second record with
/// the same URL, which replaces the first in the store, is reported. Files are keyed by their real path and
/// cannot collide, so only URLs are kept: 12 bytes a URL (a 64-bit hash and the input's number).
/// </summary>
internal sealed class UrlCollisions
{
    private readonly Dictionary<ulong, int> firstInput = [];
    private readonly List<string> inputs = [];
    private readonly Dictionary<string, int> inputNumbers = new(StringComparer.Ordinal);

    /// <summary>The input that carried <paramref name="source"/> earlier in this run, or null (and it is remembered now).</summary>
    public string? EarlierInput(string source, string input)
    {
        if (!source.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }
        var key = BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
        if (firstInput.TryGetValue(key, out var earlier))
        {
            return inputs[earlier];
        }
        if (!inputNumbers.TryGetValue(input, out var number))
        {
            number = inputs.Count;
            inputs.Add(input);
            inputNumbers[input] = number;
        }
        firstInput[key] = number;
        return null;
    }
}
