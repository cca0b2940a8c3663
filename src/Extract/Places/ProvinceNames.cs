using System.Text.RegularExpressions;
using Extraction.Extract.Lexicons;
using Extraction.Extract.Text;

namespace Extraction.Extract.Places;

/// <summary>
/// One province, one name: "TP.HCM", "TP HCM", "Tp. Hồ Chí Minh", "HCM", "thành phố Hồ Chí Minh" all
/// resolve to the admin-unit lexicon's "Hồ Chí Minh" (likewise "HN", "BR-VT", "TT-Huế"). Abbreviations
/// are read through the shared abbreviation lexicon, names compared folded; nothing is listed twice.
/// </summary>
public static partial class ProvinceNames
{
    /// <summary>The province (or centrally-run city) written as <paramref name="written"/>, with or without its keyword; null when none is.</summary>
    public static AdminUnit? Find(string? written)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return null;
        }
        var name = Expand(written.Trim());
        name = Expand(Keyword().Replace(name, ""));
        name = Keyword().Replace(name, "");
        var key = string.Join(' ', TextKeys.FoldWords(name));
        return key.Length == 0 ? null : AdminUnitLexicon.Default.Find(key).FirstOrDefault(u => u.IsProvince);
    }

    /// <summary>The canonical way to write the province in a name: its type and official name ("thành phố Hồ Chí Minh").</summary>
    public static string Written(AdminUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.Type + " " + unit.Name;
    }

    /// <summary>Whether <paramref name="written"/> opens with a province's keyword ("tỉnh", "thành phố", "TP.").</summary>
    public static bool HasKeyword(string written) => Keyword().IsMatch(written.Trim());

    private static string Expand(string name) => AbbreviationLexicon.Default.Expand(name) ?? name;

    // The keyword before a province's name: "tỉnh", "thành phố", "TP." / "Tp." (glued or not), "TP ".
    [GeneratedRegex(@"^(?:tỉnh\s+|thành\s+phố\s+|tp\.\s*|tp\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Keyword();
}
