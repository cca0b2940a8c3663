using System.Text;

namespace Extraction.Ingest.Decoding;

/// <summary>
/// A "byte view" is a string whose chars U+0000-U+00FF stand for the bytes 0x00-0xFF (Latin-1).
/// Legacy font encodings (TCVN3, VNI) are usually served or re-saved as windows-1252, so the same
/// decoders work on raw bytes and on text that was already (wrongly) decoded as windows-1252.
/// </summary>
internal static class ByteView
{
    private static readonly Dictionary<char, char> Cp1252ToByte = BuildCp1252Map();
    private static readonly Dictionary<char, char> ByteToCp1252 = Cp1252ToByte.ToDictionary(p => p.Value, p => p.Key);

    public static string FromBytes(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);

    /// <summary>Maps the windows-1252 letters of 0x80-0x9F (€, Š, “ ...) back to their byte; other chars stay.</summary>
    public static string FromText(string text)
    {
        if (!text.AsSpan().ContainsAnyExceptInRange('\u0000', '\u00FF'))
        {
            return text;
        }
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c > '\u00FF' && Cp1252ToByte.TryGetValue(c, out var b) ? b : c;
            }
        });
    }

    /// <summary>How windows-1252 shows a view char: 0x80-0x9F as its punctuation (“ ” – …), others unchanged.</summary>
    public static char AsWindows1252(char c) => c is >= '\u0080' and <= '\u009F' && ByteToCp1252.TryGetValue(c, out var shown) ? shown : c;

    /// <summary>The bytes of a byte view, or null when it holds a char that is no byte.</summary>
    public static byte[]? ToBytes(string view)
    {
        if (view.AsSpan().ContainsAnyExceptInRange('\u0000', '\u00FF'))
        {
            return null;
        }
        return Encoding.Latin1.GetBytes(view);
    }

    private static Dictionary<char, char> BuildCp1252Map()
    {
        var map = new Dictionary<char, char>();
        var cp1252 = CodePages.Windows1252;
        Span<byte> one = stackalloc byte[1];
        Span<char> decoded = stackalloc char[2];
        for (var b = 0x80; b <= 0x9F; b++)
        {
            one[0] = (byte)b;
            if (cp1252.GetChars(one, decoded) == 1 && decoded[0] > '\u00FF')
            {
                map[decoded[0]] = (char)b;
            }
        }
        return map;
    }
}
