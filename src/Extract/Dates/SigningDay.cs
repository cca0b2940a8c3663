using Extraction.Extract.Detection;
using Extraction.Extract.Lexicons;
using Extraction.Extract.Text;

namespace Extraction.Extract.Dates;

/// <summary>
/// "được ký ngày 12/3 và được công bố sáng 16/3", "ký kết vào ngày 5/6": the day written right after the verb of a
/// signing clause is that signing's, before another verb's day written with an event word. Only a clause the clause
/// finder accepts counts: "Quyết định số 123 ký ngày 4/5/2001" cites a text, its day is no signing's.
/// </summary>
internal static class SigningDay
{
    private static readonly PhraseLexicon<bool> Filler = WordSetLexicon.Phrases("verb-day-filler");

    /// <summary>The day right after one of <paramref name="clauses"/>' verbs among <paramref name="dates"/>, or null.</summary>
    public static DateMention? After(IReadOnlyList<Token> tokens, IEnumerable<SigningClause> clauses, List<DateMention> dates, int offset = 0)
    {
        if (!RuleSwitch.On("DayAfterVerb") || dates.Count == 0)
        {
            return null;
        }
        foreach (var clause in clauses)
        {
            var k = clause.VerbEndToken;
            while (k < tokens.Count && Filler.Match(tokens, k) is { } filler)
            {
                k += filler.Length;
            }
            if (k < tokens.Count && dates.FirstOrDefault(d => d.Start == offset + tokens[k].Start) is { } day)
            {
                return day;
            }
        }
        return null;
    }

    /// <summary>The day right after an accepted signing verb of <paramref name="s"/>, or null.</summary>
    public static DateMention? In(Sentence s, List<DateMention> dates)
    {
        // Most dated sentences sign nothing: the detection's own cheap test spares them the tokens and the clause judgement.
        if (!RuleSwitch.On("DayAfterVerb") || dates.Count == 0 || !SigningTrigger.Mentions(s.Text))
        {
            return null;
        }
        var tokens = Tokenizer.Tokenize(s.Text, 0, s.Text.Length);
        return After(tokens, SigningClauseFinder.Find(tokens), dates, s.Start);
    }
}
