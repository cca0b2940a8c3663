using Extraction.Extract.Lexicons;
using Extraction.Extract.Text;

namespace Extraction.Extract.Parties;

/// <summary>
/// Titles and ranks written before a person or an organisation ("Chủ tịch UBND tỉnh", "Thiếu tướng
/// Trần Văn A"), listed in embedded <c>person-titles.tsv</c>: they end a name list and mark an organisation as
/// a person's affiliation.
/// </summary>
internal static class PersonTitles
{
    private static readonly Lazy<(PhraseLexicon<bool> Phrases, int MaxLength)> Titles = new(() =>
    {
        var titles = EmbeddedTsv.Read("person-titles.tsv").Select(row => TextKeys.LowerWords(row[0])).ToList();
        return (new PhraseLexicon<bool>(titles.Select(words => (words, true)), t => t.Lower), titles.Max(words => words.Length));
    });

    /// <summary>Length in tokens of the title starting at <paramref name="at"/>, or 0.</summary>
    public static int StartsAt(IReadOnlyList<Token> tokens, int at) =>
        at < tokens.Count ? Titles.Value.Phrases.Match(tokens, at)?.Length ?? 0 : 0;

    /// <summary>Start of a title that ends right before <paramref name="end"/>, or -1.</summary>
    public static int EndsAt(IReadOnlyList<Token> tokens, int end)
    {
        for (var len = Titles.Value.MaxLength; len >= 1; len--)
        {
            var at = end - len;
            if (at >= 0 && StartsAt(tokens, at) == len)
            {
                return at;
            }
        }
        return -1;
    }
}
