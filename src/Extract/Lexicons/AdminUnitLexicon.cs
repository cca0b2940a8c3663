using Extraction.Extract.Text;

namespace Extraction.Extract.Lexicons;

/// <summary>Provinces (63 before and 34 after the 2025 reform), looked up by folded bare name. Districts are not shipped: the only list at hand is GPL.</summary>
public sealed class AdminUnitLexicon
{
    private static readonly Lazy<AdminUnitLexicon> LazyDefault = new(Load);

    private readonly Dictionary<string, List<AdminUnit>> byKey;

    private AdminUnitLexicon(Dictionary<string, List<AdminUnit>> byKey, int maxWords)
    {
        this.byKey = byKey;
        MaxWords = maxWords;
    }

    public static AdminUnitLexicon Default => LazyDefault.Value;

    /// <summary>Longest name in words, to bound look-ups.</summary>
    public int MaxWords { get; }

    /// <summary>Units whose bare name folds to <paramref name="foldedName"/> ("tra vinh").</summary>
    public IReadOnlyList<AdminUnit> Find(string foldedName) =>
        byKey.TryGetValue(foldedName, out var list) ? list : [];

    public bool IsProvince(string foldedName) => Find(foldedName).Any(u => u.IsProvince);

    public bool IsDistrict(string foldedName) => Find(foldedName).Any(u => !u.IsProvince);

    private static AdminUnitLexicon Load()
    {
        var map = new Dictionary<string, List<AdminUnit>>(StringComparer.Ordinal);
        var max = 1;
        foreach (var row in EmbeddedTsv.Read("admin-units.tsv"))
        {
            if (row.Length < 4)
            {
                continue;
            }
            var unit = new AdminUnit(row[0] == "province", row[1], row[2], row[3].Length == 0 ? null : row[3]);
            var key = string.Join(' ', TextKeys.FoldWords(unit.Name));
            max = Math.Max(max, key.Count(c => c == ' ') + 1);
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }
            list.Add(unit);
        }
        return new AdminUnitLexicon(map, max);
    }
}
