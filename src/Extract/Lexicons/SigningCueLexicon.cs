namespace Extraction.Extract.Lexicons;

/// <summary>The phrase groups of embedded <c>signing-cues.tsv</c> (plan, background, history, intent, …), each phrase as its words.</summary>
internal static class SigningCueLexicon
{
    private static readonly Lazy<Dictionary<string, string[][]>> Groups = new(Load);

    public static string[][] Group(string name) =>
        Groups.Value.TryGetValue(name, out var phrases)
            ? phrases
            : throw new InvalidOperationException($"signing-cues.tsv has no group '{name}'.");

    /// <summary>A group of one-word entries as a set of its words.</summary>
    public static HashSet<string> Words(string name) =>
        Group(name).Select(p => p.Length == 1 ? p[0] : throw new InvalidOperationException($"signing-cues.tsv group '{name}' holds a phrase, not a word: '{string.Join(' ', p)}'."))
            .ToHashSet(StringComparer.Ordinal);

    private static Dictionary<string, string[][]> Load() =>
        EmbeddedTsv.Read("signing-cues.tsv")
            .Where(r => r.Length >= 2)
            .GroupBy(r => r[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray(), StringComparer.Ordinal);
}
