using Extraction.Extract.Text;

namespace Extraction.Extract.Lexicons;

/// <summary>Lower-case syllables allowed inside an organisation name (embedded <c>org-words.tsv</c>).</summary>
internal static class OrgWordLexicon
{
    private static readonly Lazy<HashSet<string>> Words = new(() =>
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in EmbeddedTsv.Read("org-words.tsv"))
        {
            foreach (var w in TextKeys.LowerWords(string.Join(' ', row)))
            {
                set.Add(w);
            }
        }
        return set;
    });

    public static bool Contains(string lowerWord) => Words.Value.Contains(lowerWord);
}
