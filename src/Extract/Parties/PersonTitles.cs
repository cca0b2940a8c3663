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
    private static readonly Lazy<PhraseLexicon<bool>> Titles = new(() =>
        new PhraseLexicon<bool>(EmbeddedTsv.Read("person-titles.tsv").Select(row => (TextKeys.LowerWords(row[0]), true)), t => t.Lower));

    /// <summary>Length in tokens of the title starting at <paramref name="at"/>, or 0.</summary>
    public static int StartsAt(IReadOnlyList<Token> tokens, int at) =>
        at < tokens.Count ? Titles.Value.Match(tokens, at)?.Length ?? 0 : 0;

    /// <summary>Start of a title that ends right before <paramref name="end"/>, or -1.</summary>
    public static int EndsAt(IReadOnlyList<Token> tokens, int end) => Titles.Value.StartEndingBefore(tokens, end);
}
