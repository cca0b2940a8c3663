namespace Extraction.Extract.Lexicons;

/// <summary>The one-word sets of embedded <c>word-sets.tsv</c> (aspect words, count words, time words, …), by group.</summary>
internal static class WordSetLexicon
{
    private static readonly Lazy<Dictionary<string, HashSet<string>>> Groups = new(Load);

    public static HashSet<string> Group(string name) =>
        Groups.Value.TryGetValue(name, out var words)
            ? words
            : throw new InvalidOperationException($"word-sets.tsv has no group '{name}'.");

    private static Dictionary<string, HashSet<string>> Load() =>
        EmbeddedTsv.Read("word-sets.tsv")
            .Where(r => r.Length >= 2)
            .GroupBy(r => r[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r[1]).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
}
