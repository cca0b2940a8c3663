using System.Text;

namespace Extraction.Ingest.Decoding;

/// <summary>
/// VNI-Windows: a vowel is an ASCII letter followed by a mark byte ("a" + 0xF9 = "á"), a few letters
/// are single bytes. Decoded greedily, pairs first; other bytes read as windows-1252.
/// </summary>
internal sealed class VniFontTable
{
    public static readonly VniFontTable Instance = new();

    private readonly Dictionary<int, string> _pairs = [];
    private readonly string?[] _singles = new string?[256];

    private VniFontTable()
    {
        foreach (var row in CodeTableResource.Load("vni"))
        {
            if (row.Bytes.Length == 2)
            {
                _pairs[(row.Bytes[0] << 8) | row.Bytes[1]] = row.Text;
            }
            else
            {
                _singles[row.Bytes[0]] = row.Text;
            }
        }
    }

    /// <summary>Decodes a byte view (see <see cref="ByteView"/>); chars beyond U+00FF pass through.</summary>
    public string Decode(string view)
    {
        var sb = new StringBuilder(view.Length);
        for (var i = 0; i < view.Length; i++)
        {
            var c = view[i];
            if (c > '\u00FF')
            {
                sb.Append(c);
                continue;
            }
            if (i + 1 < view.Length && view[i + 1] is var next and >= '\u00C0' and <= '\u00FF')
            {
                if (_pairs.TryGetValue((c << 8) | next, out var pair))
                {
                    sb.Append(pair);
                    i++;
                    continue;
                }
                // Typists mix cases ("Aù" for "Á"): the base letter decides the case of the result.
                if (_pairs.TryGetValue((c << 8) | (next ^ 0x20), out pair))
                {
                    sb.Append(char.IsUpper(c) ? char.ToUpperInvariant(pair[0]) : char.ToLowerInvariant(pair[0]));
                    i++;
                    continue;
                }
            }
            var single = _singles[c];
            if (single is null)
            {
                sb.Append(ByteView.AsWindows1252(c));
            }
            else
            {
                sb.Append(single);
            }
        }
        return sb.ToString();
    }
}
