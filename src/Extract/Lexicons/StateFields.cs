using Extraction.Extract.Text;

namespace Extraction.Extract.Lexicons;

/// <summary>
/// Fields of ministries and departments that hold "và" or a comma themselves ("Kế hoạch và Đầu tư", "Văn hóa, Thể thao và
/// Du lịch", "Lao động - Thương binh và Xã hội"): word-set group <c>state-field</c>, matched on the words only, so a comma,
/// a dash or none between them and the text's tone placement do not matter. The field list (Parties/FieldHeadList) and
/// the test for a body's field (<see cref="BodyField"/>) both read it.
/// </summary>
internal static class StateFields
{
    private static readonly PhraseLexicon<bool> Phrases = new(
        WordSetLexicon.Group("state-field").Select(phrase => (phrase.Split(' ').Select(TextKeys.Lower).ToArray(), true)), t => t.Lower);

    private const int MaxTokens = 16;

    /// <summary>How many tokens the field starting at <paramref name="k"/> takes (punctuation inside included), or 0.</summary>
    public static int Length(IReadOnlyList<Token> tokens, int k)
    {
        if (k >= tokens.Count || !tokens[k].IsWord)
        {
            return 0;
        }
        // The words from k, and where each ends, skipping the punctuation between them.
        var words = new List<Token>();
        var ends = new List<int>();
        for (var j = k; j < tokens.Count && j - k < MaxTokens; j++)
        {
            if (tokens[j].IsWord)
            {
                words.Add(tokens[j]);
                ends.Add(j + 1);
            }
            else if (tokens[j].Text is not ("," or "-" or "–"))
            {
                break;
            }
        }
        return Phrases.Match(words, 0) is { Length: var n } ? ends[n - 1] - k : 0;
    }
}
