using Extraction.Extract.Text;

namespace Extraction.Extract.Lexicons;

/// <summary>
/// The words of a state's official form before its short name ("Cộng hòa Hồi giáo", "Vương quốc", "CHXHCN"): word-set
/// groups <c>state-form</c> (every word) and <c>state-form-head</c> (the words it opens with). The canonical official
/// form of a state side (Frames/StateFullForms), an envoy's state (Parties/PartyFinder) and the states officials sign for
/// (Frames/GovernmentSides) read them.
/// </summary>
internal static class StateForms
{
    private static readonly HashSet<string> Words = WordSetLexicon.Group("state-form");

    private static readonly PhraseLexicon<bool> Heads = WordSetLexicon.Phrases("state-form-head");

    /// <summary>A word of a state's official form ("Cộng", "hòa", "Dân", "chủ", "Vương", "quốc").</summary>
    public static bool IsWord(Token t) => t.IsWord && Words.Contains(t.Lower);

    /// <summary>Whether an official form opens at <paramref name="k"/> with its head ("Cộng hòa", "Vương quốc", "Liên bang", "CHXHCN").</summary>
    public static bool Opens(IReadOnlyList<Token> tokens, int k) => tokens[k].IsUpperInitial && Heads.Match(tokens, k) is not null;

    /// <summary>
    /// Where the state's short name stands when an official form opens at <paramref name="k"/> ("Cộng hòa Chile": at
    /// "Chile"), the words of the form skipped up to <paramref name="to"/>; <paramref name="k"/> itself when none opens there.
    /// </summary>
    public static int ShortNameAt(IReadOnlyList<Token> tokens, int k, int to)
    {
        if (!Opens(tokens, k))
        {
            return k;
        }
        var name = k;
        while (name < to && CountryLexicon.Default.Match(tokens, name) is null && IsWord(tokens[name]))
        {
            name++;
        }
        return name;
    }
}
