using Extraction.Extract.Text;

namespace Extraction.Extract.Lexicons;

/// <summary>Lower-case words (one to four syllables) allowed inside an organisation name (embedded <c>org-words.tsv</c>).</summary>
internal static class OrgWordLexicon
{
    private static readonly Lazy<Dictionary<string, List<string[]>>> Words = new(() =>
    {
        var map = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var row in EmbeddedTsv.Read("org-words.tsv"))
        {
            foreach (var entry in string.Join(',', row).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var syllables = TextKeys.LowerWords(entry);
                if (!map.TryGetValue(syllables[0], out var list))
                {
                    map[syllables[0]] = list = [];
                }
                list.Add(syllables);
            }
        }
        foreach (var list in map.Values)
        {
            list.Sort((a, b) => b.Length.CompareTo(a.Length));
        }
        return map;
    });

    /// <summary>Length in tokens of the listed word starting at <paramref name="i"/> (lower-case only), or 0.</summary>
    public static int MatchLength(IReadOnlyList<Token> tokens, int i)
    {
        if (!tokens[i].IsWord || !Words.Value.TryGetValue(tokens[i].Lower, out var list))
        {
            return 0;
        }
        foreach (var syllables in list)
        {
            if (i + syllables.Length > tokens.Count)
            {
                continue;
            }
            var ok = true;
            for (var k = 1; k < syllables.Length && ok; k++)
            {
                ok = tokens[i + k].IsWord && tokens[i + k].Lower == syllables[k];
            }
            if (ok)
            {
                return syllables.Length;
            }
        }
        return 0;
    }
}
