using System.Text.RegularExpressions;
using Extraction.Extract.Places;

namespace Extraction.Index.Indexing;

/// <summary>
/// Finds the places named in party names ("… tỉnh Trà Vinh", "… huyện Thăng Bình"): the province
/// (or centrally-run city) for the place facet, and every admin unit for the place: filter. A province
/// counts under its official name however it is written ("TP.HCM", "TP HCM", "Tp. Hồ Chí Minh": "Hồ Chí Minh").
/// </summary>
public static partial class PlaceFinder
{
    /// <summary>The province or city, bare ("Trà Vinh"); else the lower unit with its type ("huyện Thăng Bình").</summary>
    public static string? Province(IEnumerable<string?> names)
    {
        string? lower = null;
        foreach (var name in names)
        {
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }
            foreach (Match m in Unit().Matches(name))
            {
                var type = m.Groups["type"].Value.ToLowerInvariant();
                var place = m.Groups["name"].Value.Trim();
                if (type is "tỉnh" or "thành phố" or "tp" or "tp.")
                {
                    // A "thành phố" that is no province (a district-level city) keeps its name as written.
                    return ProvinceNames.Find(place)?.Name ?? place;
                }
                lower ??= $"{type} {place}";
            }
        }
        return lower;
    }

    /// <summary>Every admin unit named, with its type ("tỉnh Trà Vinh; huyện Càng Long"), and a province's canonical form beside an abbreviated one.</summary>
    public static string Units(IEnumerable<string?> names) => string.Join("; ", UnitList(names));

    /// <summary>As <see cref="Units"/>, one unit per item.</summary>
    public static List<string> UnitList(IEnumerable<string?> names) =>
        names.Where(n => !string.IsNullOrEmpty(n))
            .SelectMany(n => Unit().Matches(n!).SelectMany(Forms))
            .Distinct(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> Forms(Match m)
    {
        yield return m.Value;
        if (ProvinceNames.Find(m.Value) is { } unit && ProvinceNames.Written(unit) is var written && written != m.Value)
        {
            yield return written;
        }
    }

    // A unit type, then capitalised words (a hyphen may join two: "Bà Rịa - Vũng Tàu"); "TP." may be glued to the name ("TP.HCM").
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?<type>[Tt]ỉnh|[Tt]hành phố|T[Pp]\.?|[Hh]uyện|[Tt]hị xã|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị trấn)(?:\s+|(?<=\.))(?<name>\p{Lu}[\p{L}\p{M}]*(?:(?:\s+|\s*-\s*)\p{Lu}[\p{L}\p{M}]*)*)", RegexOptions.CultureInvariant)]
    private static partial Regex Unit();
}
