using Extraction.Extract.Lexicons;
using Extraction.Extract.Text;

namespace Extraction.Extract.People;

/// <summary>
/// Titles and ranks written before a person or an organisation ("Chủ tịch UBND tỉnh", "Thiếu tướng
/// Trần Văn A"), listed in embedded <c>person-titles.tsv</c>: they end a name list and mark an organisation as
/// a person's affiliation.
/// </summary>
internal static class PersonTitles
{
    private static readonly Lazy<PhraseLexicon<bool>> Titles = new(() =>
        new PhraseLexicon<bool>(EmbeddedTsv.Read("person-titles.tsv").Select(row => (TextKeys.LowerWords(row[0]), true)), t => t.Lower));

    /// <summary>Length in tokens of the title starting at <paramref name="at"/>, or 0.</summary>
    public static int StartsAt(IReadOnlyList<Token> tokens, int at) =>
        at < tokens.Count ? Titles.Value.Match(tokens, at)?.Length ?? 0 : 0;

    // How far back from a word inside a body the title of a person may stand: over the body's head ("Phó Chủ tịch Ủy ban
    // MTTQ Việt Nam tỉnh …").
    private const int BodyLookBack = 8;

    /// <summary>
    /// A title ends before the body that holds the word at <paramref name="at"/>, within the same stretch of words
    /// ("Chủ tịch UBND tỉnh Nguyễn Văn A"): a family-name run after that body is the titled person.
    /// </summary>
    public static bool BeforeBodyAt(IReadOnlyList<Token> tokens, int at)
    {
        for (var k = at; k >= Math.Max(1, at - BodyLookBack); k--)
        {
            if (EndsAt(tokens, k) >= 0)
            {
                return true;
            }
            if (!tokens[k - 1].IsWord)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Start of a title that ends right before <paramref name="end"/>, or -1.</summary>
    public static int EndsAt(IReadOnlyList<Token> tokens, int end) => Titles.Value.StartEndingBefore(tokens, end);
}
