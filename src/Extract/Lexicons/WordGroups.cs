namespace Extraction.Extract.Lexicons;

/// <summary>
/// One-word sets by group from an embedded two-column TSV (group, word), read once on first use. The word-set and
/// name-cue lexicons are both this shape.
/// </summary>
internal sealed class WordGroups(string file)
{
    private readonly Lazy<Dictionary<string, HashSet<string>>> groups = new(() =>
        EmbeddedTsv.ReadNumbered(file)
            .Select(r => Checked(file, r.Line, r.Fields))
            .GroupBy(r => r[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r[1]).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));

    /// <summary>A row of exactly a group and a word; anything else names the file and line.</summary>
    internal static string[] Checked(string file, int line, string[] fields) =>
        fields.Length == 2 && fields[0].Length > 0 && fields[1].Length > 0
            ? fields
            : throw new InvalidDataException($"{file} line {line}: expected 2 TAB-separated fields (group, word), found '{string.Join("\\t", fields)}'.");

    public HashSet<string> Group(string name) =>
        groups.Value.TryGetValue(name, out var words)
            ? words
            : throw new InvalidOperationException($"{file} has no group '{name}'.");
}
