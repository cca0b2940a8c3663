namespace Extraction.Extract.Lexicons;

/// <summary>
/// One-word sets by group from an embedded two-column TSV (group, word), read once on first use. The word-set and
/// name-cue lexicons are both this shape.
/// </summary>
internal sealed class WordGroups(string file)
{
    private readonly Lazy<Dictionary<string, HashSet<string>>> groups = new(() =>
        EmbeddedTsv.Read(file)
            .Where(r => r.Length >= 2)
            .GroupBy(r => r[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r[1]).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));

    public HashSet<string> Group(string name) =>
        groups.Value.TryGetValue(name, out var words)
            ? words
            : throw new InvalidOperationException($"{file} has no group '{name}'.");
}
