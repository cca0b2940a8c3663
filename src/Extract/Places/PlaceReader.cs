using Extraction.Extract.Text;

namespace Extraction.Extract.Places;

/// <summary>
/// The places named in party names and locations ("… tỉnh Trà Vinh", "… huyện Thăng Bình", "Quận 7"), read by the
/// extraction's own admin-unit parser: the province (or centrally-run city) for the index's place facet, and every
/// admin unit for its place: filter. A province counts under its official name however it is written
/// ("TP.HCM", "TP HCM", "Tp. Hồ Chí Minh": "Hồ Chí Minh").
/// </summary>
public static class PlaceReader
{
    /// <summary>The province or city, bare ("Trà Vinh"); else the first named lower unit, or a numbered one, with its type ("huyện Thăng Bình").</summary>
    public static string? Province(IEnumerable<string?> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        (string Value, bool Numbered)? lower = null;
        foreach (var name in names)
        {
            foreach (var unit in Read(name))
            {
                if (unit.Keyword is "tỉnh" or "thành phố" or "TP")
                {
                    // A "thành phố" that is no province (a district-level city) keeps its name as written.
                    return ProvinceNames.Find(unit.Name)?.Name ?? unit.Name;
                }
                // A numbered unit says little alone ("phường 22, quận Bình Thạnh": the district): a named one comes first.
                var numbered = char.IsDigit(unit.Name[0]);
                if (lower is null || (lower.Value.Numbered && !numbered))
                {
                    lower = ($"{unit.Keyword.ToLowerInvariant()} {unit.Name}", numbered);
                }
            }
        }
        return lower?.Value;
    }

    /// <summary>Every admin unit named, as written ("tỉnh Trà Vinh", "huyện Càng Long"), and a province's canonical form beside an abbreviated one.</summary>
    public static List<string> Units(IEnumerable<string?> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var units = new List<string>();
        foreach (var name in names)
        {
            foreach (var unit in Read(name))
            {
                units.Add(unit.Written);
                if (ProvinceNames.Find(unit.Written) is { } province && ProvinceNames.Written(province) is var canonical && canonical != unit.Written)
                {
                    units.Add(canonical);
                }
            }
        }
        return [.. units.Distinct(StringComparer.Ordinal)];
    }

    private static IEnumerable<(string Keyword, AdminLevel Level, string Name, string Written)> Read(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        for (var i = 0; i < tokens.Count; i++)
        {
            // A capitalised keyword counts: names are often written "UBND Tỉnh …", "Huyện ủy …".
            if (AdminPhraseParser.Parse(tokens, i, allowCapitalKeyword: true) is not { IsBare: false } phrase)
            {
                continue;
            }
            // An area ("khu vực 52", a military region) is no admin unit, and a unit may follow its keyword.
            if (phrase.Level == AdminLevel.Area)
            {
                continue;
            }
            var name = text[tokens[phrase.NameStart].Start..tokens[phrase.NameEnd - 1].End];
            yield return (phrase.Keyword, phrase.Level, name, text[tokens[phrase.Start].Start..tokens[phrase.End - 1].End]);
            i = phrase.End - 1;
        }
    }
}
