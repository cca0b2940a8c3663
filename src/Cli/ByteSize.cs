using System.Globalization;
using System.Text.RegularExpressions;

namespace Extraction.Cli;

/// <summary>Reads sizes as people type them: 5000, 512K, 8M, 8MiB, 4G (binary multiples).</summary>
internal static partial class ByteSize
{
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var m = Pattern().Match(text.Trim());
        if (!m.Success || !long.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
        {
            return false;
        }
        var shift = char.ToUpperInvariant(m.Groups[2].Value.FirstOrDefault()) switch
        {
            'K' => 10,
            'M' => 20,
            'G' => 30,
            'T' => 40,
            _ => 0,
        };
        if (n > long.MaxValue >> shift)
        {
            return false;
        }
        bytes = n << shift;
        return true;
    }

    [GeneratedRegex(@"^(\d+)\s*([KMGTkmgt](?:i?[Bb])?|[Bb])?$")]
    private static partial Regex Pattern();
}
