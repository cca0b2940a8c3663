using Extraction.Extract.Lexicons;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Parties;

/// <summary>
/// The lower-case syllables that end a capitalised word of a name ("Cơ khí", "Tự động hóa", "Nghiên cứu",
/// "Cà phê"): names capitalise only the first syllable of each word, so after a capitalised syllable one or
/// two lower-case syllables continue the name unless they open the predicate (a verb, an aspect word, a
/// preposition, a date) or the name stops right after them at nothing a name ends with.
/// </summary>
internal static class NameTail
{
    // First syllables of what follows a name in a sentence: aspect and verbs of the signing genre, prepositions, time words.
    private static readonly HashSet<string> Boundary = NameCueLexicon.Group("boundary");

    // Boundary syllables that are also ordinary name syllables ("Tổng hợp", "Việc làm", "Hành chính", "Phát triển"):
    // they continue a name when a capitalised name word follows at once.
    private static readonly HashSet<string> NameSyllables = NameCueLexicon.Group("name-syllable");

    /// <summary>Tokens of the tail at <paramref name="at"/> (0 when there is none): 1–2 lower-case syllables after a capitalised one.</summary>
    public static int Length(IReadOnlyList<Token> tokens, int at)
    {
        if (at == 0 || !tokens[at - 1].IsUpperInitial || tokens[at - 1].IsAbbreviation)
        {
            return 0;
        }
        var plain = PlainLength(tokens, at);
        return RuleSwitch.On("TailToNextName") ? Math.Max(plain, LengthToNextName(tokens, at)) : plain;
    }

    /// <summary>
    /// "Hành chính công tỉnh X", "Hóa chất quốc gia X", "Kiểm soát liên hợp Cửa khẩu X": up to three lower-case
    /// syllables, name syllables that are also boundary words among them, when the name visibly goes on right
    /// after them (a capitalised word or a place).
    /// </summary>
    private static int LengthToNextName(IReadOnlyList<Token> tokens, int at)
    {
        var k = at;
        while (k < tokens.Count && k < at + 3 && (IsTailSyllable(tokens[k]) || IsNameSyllable(tokens[k]))
            && AdminPhraseParser.Parse(tokens, k, allowCapitalKeyword: false) is null)
        {
            k++;
        }
        if (k == at || k >= tokens.Count)
        {
            return 0;
        }
        var next = tokens[k];
        var goesOn = (next.IsUpperInitial && !next.IsAbbreviation && PersonTitles.StartsAt(tokens, k) <= 0)
            || AdminPhraseParser.Parse(tokens, k, allowCapitalKeyword: false) is not null;
        return goesOn ? k - at : 0;
    }

    private const int MaxRun = 6;

    /// <summary>
    /// "Hội hỗ trợ gia đình liệt sĩ tỉnh X", "Ban Quản lý vịnh Y", "Trung tâm Giáo dục thường xuyên huyện" (extract-gaps
    /// class 8): a run of up to six lower-case words inside a name, kept because the name visibly goes on after it (a
    /// place or a capitalised name word), not because its words are listed. A verb, aspect word or preposition ends
    /// the run; a syllable that is both a boundary and a name syllable opens it only right after the head.
    /// </summary>
    public static int RunToName(IReadOnlyList<Token> tokens, int at, bool afterHead)
    {
        var k = at;
        while (k < tokens.Count && k < at + MaxRun && tokens[k].IsWord && !tokens[k].IsUpperInitial && tokens[k].Kind == TokenKind.Word
            && tokens[k].Text.All(char.IsLetter)
            && (!Boundary.Contains(tokens[k].Lower) || (NameSyllables.Contains(tokens[k].Lower) && (k > at || afterHead)))
            && AdminPhraseParser.Parse(tokens, k, allowCapitalKeyword: false) is null)
        {
            k++;
        }
        if (k == at || k >= tokens.Count)
        {
            return 0;
        }
        var next = tokens[k];
        if (AdminPhraseParser.Parse(tokens, k, allowCapitalKeyword: false) is not null)
        {
            return k - at;
        }
        var name = next.IsUpperInitial && OrgNameGrammar.HeadEnd(tokens, k, out _) < 0 && PersonTitles.StartsAt(tokens, k) <= 0
            && !(AdminPhraseParser.IsFamilyName(next) && k + 2 < tokens.Count && tokens[k + 1].IsUpperInitial && tokens[k + 2].IsUpperInitial);
        return name ? k - at : 0;
    }

    private static int PlainLength(IReadOnlyList<Token> tokens, int at)
    {
        var k = at;
        while (k < tokens.Count && k < at + 2 && IsTailSyllable(tokens[k]) && AdminPhraseParser.Parse(tokens, k, allowCapitalKeyword: false) is null)
        {
            k++;
        }
        if (k == at)
        {
            return 0;
        }
        // The name goes on after the tail, or stops at punctuation or a clear boundary word.
        if (k >= tokens.Count)
        {
            return k - at;
        }
        var next = tokens[k];
        // "tại Trường X diễn ra lễ ký": a syllable before a directional complement is a verb, the name ends before it.
        if (RuleSwitch.On("VerbComplementEnd") && next.IsWord && VerbComplements.Contains(next.Lower))
        {
            k--;
            return k == at ? 0 : k - at;
        }
        if (!next.IsWord)
        {
            return next.Text is "," or "." or ";" or ":" or "&" or "-" or "–" or "(" or ")" ? k - at : 0;
        }
        if (next.IsUpperInitial)
        {
            return k - at;
        }
        return Boundary.Contains(next.Lower) || OrgWordLexicon.MatchLength(tokens, k) > 0
            || AdminPhraseParser.Parse(tokens, k, allowCapitalKeyword: false) is not null ? k - at : 0;
    }

    private static readonly HashSet<string> VerbComplements = WordSetLexicon.Group("verb-complement");

    private static bool IsNameSyllable(Token t) => t.IsWord && !t.IsUpperInitial && NameSyllables.Contains(t.Lower);

    // "thanh-Truyền" (Phát thanh-Truyền hình): a syllable joined by a hyphen to the next word of the name.
    private static bool IsTailSyllable(Token t) =>
        t.IsWord && !t.IsUpperInitial && t.Kind == TokenKind.Word && !Boundary.Contains(t.Lower)
        && t.Text.All(c => char.IsLetter(c) || c == '-') && char.IsLetter(t.Text[^1]);
}
