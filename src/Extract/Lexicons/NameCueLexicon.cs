namespace Extraction.Extract.Lexicons;

/// <summary>The syllable groups of embedded <c>name-cues.tsv</c> (boundary, name-syllable).</summary>
internal static class NameCueLexicon
{
    private static readonly Lazy<Dictionary<string, HashSet<string>>> Groups = new(Load);

    public static HashSet<string> Group(string name) =>
        Groups.Value.TryGetValue(name, out var words)
            ? words
            : throw new InvalidOperationException($"name-cues.tsv has no group '{name}'.");

    private static Dictionary<string, HashSet<string>> Load() =>
        EmbeddedTsv.Read("name-cues.tsv")
            .Where(r => r.Length >= 2)
            .GroupBy(r => r[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r[1]).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
}
