using Extraction.Extract.Text;

namespace Extraction.Extract.Lexicons;

/// <summary>Lower-case words (one to four syllables) allowed inside an organisation name (embedded <c>org-words.tsv</c>).</summary>
internal static class OrgWordLexicon
{
    private static readonly Lazy<PhraseLexicon<bool>> Words = new(() =>
        new PhraseLexicon<bool>(
            EmbeddedTsv.Read("org-words.tsv")
                .SelectMany(row => string.Join(',', row).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Select(entry => (TextKeys.LowerWords(entry), true)),
            t => t.Lower));

    /// <summary>Length in tokens of the listed word starting at <paramref name="i"/> (lower-case only), or 0.</summary>
    public static int MatchLength(IReadOnlyList<Token> tokens, int i) => Words.Value.Match(tokens, i)?.Length ?? 0;
}
