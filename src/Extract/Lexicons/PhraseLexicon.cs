using Extraction.Extract.Text;

namespace Extraction.Extract.Lexicons;

/// <summary>
/// The one word-sequence matcher of the lexicons (kinds, countries, organisation heads and words): phrases
/// keyed by their first word, the longest that stands at a token wins, file order among equals. Every token of
/// a match is a word whose key (<see cref="Token.Lower"/> or <see cref="Token.Key"/>) equals the phrase's word.
/// </summary>
internal sealed class PhraseLexicon<T>
{
    private readonly Dictionary<string, (string[] Words, T Value)[]> byFirstWord;
    private readonly Func<Token, string> key;

    /// <param name="phrases">Each phrase as its keys (one per token), in file order.</param>
    /// <param name="key">The key a token is compared by.</param>
    public PhraseLexicon(IEnumerable<(string[] Words, T Value)> phrases, Func<Token, string> key)
    {
        this.key = key;
        // OrderByDescending is stable: among phrases of one length the file's order stands.
        byFirstWord = phrases.Where(p => p.Words.Length > 0)
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.Ordinal);
        maxLength = byFirstWord.Values.Select(g => g[0].Words.Length).DefaultIfEmpty(0).Max();
    }

    // The longest phrase's length in words: how far back a phrase ending at a token may start.
    private readonly int maxLength;

    /// <summary>Where the longest phrase that ends right before token <paramref name="end"/> starts, or -1 when none does.</summary>
    public int StartEndingBefore(IReadOnlyList<Token> tokens, int end)
    {
        for (var length = Math.Min(maxLength, end); length >= 1; length--)
        {
            if (Match(tokens, end - length)?.Length == length)
            {
                return end - length;
            }
        }
        return -1;
    }

    /// <summary>The longest phrase at token <paramref name="i"/>: its length in tokens and its value; null when none stands there (or past the end).</summary>
    public (int Length, T Value)? Match(IReadOnlyList<Token> tokens, int i)
    {
        if ((uint)i >= (uint)tokens.Count || !tokens[i].IsWord || !byFirstWord.TryGetValue(key(tokens[i]), out var phrases))
        {
            return null;
        }
        foreach (var (words, value) in phrases)
        {
            if (i + words.Length > tokens.Count)
            {
                continue;
            }
            var ok = true;
            for (var k = 1; k < words.Length && ok; k++)
            {
                ok = tokens[i + k].IsWord && key(tokens[i + k]) == words[k];
            }
            if (ok)
            {
                return (words.Length, value);
            }
        }
        return null;
    }
}
