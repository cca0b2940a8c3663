using System.Globalization;
using System.Text;
using Extraction.Ingest.Decoding;

namespace Extraction.Ingest.Tests.Decoding;

/// <summary>
/// Test-side encoder: turns NFC text into the bytes each encoding would hold, using the inverse of the
/// embedded code tables (and the Windows code page for windows-1258, typed the way Vietnamese
/// keyboards type it: base letter, then the tone as a combining mark).
/// </summary>
internal static class LegacyEncoder
{
    public static readonly string[] Encodings =
    [
        "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "utf-16le-nobom", "utf-16be-nobom",
        "windows-1258", "viscii", "tcvn3", "vni",
    ];

    private const string ToneMarks = "\u0300\u0301\u0303\u0309\u0323";

    private static readonly Encoding Cp1258 = CodePagesEncodingProvider.Instance.GetEncoding(
        1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    private static readonly Encoding Cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(
        1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    private static readonly Dictionary<string, Dictionary<string, byte[]>> Inverse = new()
    {
        ["viscii"] = InverseOf("viscii"),
        ["tcvn3"] = InverseOf("tcvn3"),
        ["vni"] = InverseOf("vni"),
    };

    public static byte[] Encode(string encoding, string text) => encoding switch
    {
        "utf-8" => Encoding.UTF8.GetBytes(text),
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        "utf-16le" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-16le-nobom" => Encoding.Unicode.GetBytes(text),
        "utf-16be-nobom" => Encoding.BigEndianUnicode.GetBytes(text),
        "windows-1258" => EncodeCp1258(text),
        _ => EncodeByTable(Inverse[encoding], text),
    };

    /// <summary>
    /// The text as the encoding can hold it: capitals it lacks in lower case (as TCVN3 text reads
    /// once its upper-case font is gone), other chars (“ ” in VISCII, say) in ASCII.
    /// </summary>
    public static string Encodable(string encoding, string text)
    {
        if (encoding.StartsWith("utf", StringComparison.Ordinal))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var s = c.ToString();
            if (CanEncode(encoding, s))
            {
                sb.Append(c);
                continue;
            }
            // TCVN3 pages write most toned capitals with an upper-case font over the lower-case codes.
            var lower = char.ToLowerInvariant(c);
            if (lower != c && CanEncode(encoding, lower.ToString()))
            {
                sb.Append(lower);
                continue;
            }
            sb.Append(c switch
            {
                '“' or '”' or '„' => "\"",
                '‘' or '’' => "'",
                '–' or '—' => "-",
                '…' => "...",
                _ when char.IsWhiteSpace(c) => " ",
                _ => "?",
            });
        }
        return sb.ToString();
    }

    private static bool CanEncode(string encoding, string s)
    {
        if (s[0] < 0x80)
        {
            return true;
        }
        if (encoding == "windows-1258")
        {
            try
            {
                EncodeCp1258(s);
                return true;
            }
            catch (EncoderFallbackException)
            {
                return false;
            }
        }
        return Inverse[encoding].ContainsKey(s) || (encoding != "viscii" && Windows1252Punctuation(s) is not null);
    }

    /// <summary>The byte of a windows-1252 char in 0x80-0x9F (“ ” – …), which TCVN3 and VNI pages keep as such.</summary>
    private static byte[]? Windows1252Punctuation(string s)
    {
        try
        {
            var bytes = Cp1252.GetBytes(s);
            return bytes is [>= 0x80 and <= 0x9F] ? bytes : null;
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }

    private static byte[] EncodeCp1258(string text)
    {
        var bytes = new List<byte>();
        foreach (var c in text)
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var tone = decomposed.Where(m => ToneMarks.Contains(m)).ToArray();
            var letter = new string(decomposed.Where(m => !ToneMarks.Contains(m)).ToArray()).Normalize(NormalizationForm.FormC);
            bytes.AddRange(Cp1258.GetBytes(letter));
            bytes.AddRange(Cp1258.GetBytes(tone));
        }
        return [.. bytes];
    }

    private static byte[] EncodeByTable(Dictionary<string, byte[]> inverse, string text)
    {
        var bytes = new List<byte>();
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else
            {
                bytes.AddRange(inverse.GetValueOrDefault(c.ToString()) ?? Windows1252Punctuation(c.ToString())
                    ?? throw new ArgumentException($"'{c}' has no code in this table.", nameof(text)));
            }
        }
        return [.. bytes];
    }

    private static Dictionary<string, byte[]> InverseOf(string table)
    {
        var inverse = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var row in CodeTableResource.Load(table))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(row.Text[0]) != UnicodeCategory.NonSpacingMark)
            {
                inverse.TryAdd(row.Text, row.Bytes);
            }
        }
        return inverse;
    }
}
