namespace Extraction.Extract.Lexicons;

/// <summary>The phrase groups of embedded <c>signing-cues.tsv</c> (plan, background, history, intent, …), each phrase as its words.</summary>
internal static class SigningCueLexicon
{
    private static readonly Lazy<Dictionary<string, string[][]>> Groups = new(Load);

    public static string[][] Group(string name) =>
        Groups.Value.TryGetValue(name, out var phrases)
            ? phrases
            : throw new InvalidOperationException($"signing-cues.tsv has no group '{name}'.");

    /// <summary>
    /// A group as the one phrase matcher. The group must be prefix-free (no phrase begins another): then at most one
    /// phrase stands at a token, so the matcher's "longest" is the phrase a file-order search would find, and a check
    /// on the matched length ("ends before the verb") cannot hide a shorter phrase that would pass it.
    /// </summary>
    public static PhraseLexicon<string> Phrases(string name) => PrefixFreeMatcher(name, Group(name));

    /// <summary>The matcher of one group's phrases; throws, naming the group, when a phrase begins another.</summary>
    internal static PhraseLexicon<string> PrefixFreeMatcher(string name, string[][] phrases)
    {
        foreach (var p in phrases)
        {
            if (phrases.FirstOrDefault(q => q.Length > p.Length && q.AsSpan(0, p.Length).SequenceEqual(p)) is { } longer)
            {
                throw new InvalidOperationException($"signing-cues.tsv group '{name}': '{string.Join(' ', p)}' begins '{string.Join(' ', longer)}'; a group's phrases must not begin one another.");
            }
        }
        return new PhraseLexicon<string>(phrases.Select(p => (p, string.Join(' ', p))), static t => t.Lower);
    }

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
