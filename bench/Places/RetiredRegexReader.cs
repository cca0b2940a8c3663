using System.Text.RegularExpressions;
using Extraction.Extract.Places;

namespace Extraction.PlaceBench;

/// <summary>
/// The index's own place reader before it was merged into <see cref="PlaceReader"/> (src/Index/Indexing/PlaceFinder.cs,
/// deleted): kept here, and only here, as the baseline the merged reader is measured against.
/// </summary>
internal static partial class RetiredRegexReader
{
    public static string? Province(string name)
    {
        string? lower = null;
        foreach (Match m in Unit().Matches(name))
        {
            var type = m.Groups["type"].Value.ToLowerInvariant();
            var place = m.Groups["name"].Value.Trim();
            if (type is "tỉnh" or "thành phố" or "tp" or "tp.")
            {
                return ProvinceNames.Find(place)?.Name ?? place;
            }
            lower ??= $"{type} {place}";
        }
        return lower;
    }

    public static List<string> Units(string name) =>
        Unit().Matches(name).SelectMany(Forms).Distinct(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> Forms(Match m)
    {
        yield return m.Value;
        if (ProvinceNames.Find(m.Value) is { } unit && ProvinceNames.Written(unit) is var written && written != m.Value)
        {
            yield return written;
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?<type>[Tt]ỉnh|[Tt]hành phố|T[Pp]\.?|[Hh]uyện|[Tt]hị xã|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị trấn)(?:\s+|(?<=\.))(?<name>\p{Lu}[\p{L}\p{M}]*(?:(?:\s+|\s*-\s*)\p{Lu}[\p{L}\p{M}]*)*)", RegexOptions.CultureInvariant)]
    private static partial Regex Unit();
}
