using System.Globalization;
using Extraction.Extract.Lexicons;
using Extraction.Extract.People;
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
    private static readonly HashSet<string> Boundary = NameCueLexicon.Boundary;

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
            || AdminPhraseParser.Parse(tokens, k, allowCapitalKeyword: false) is not null
            || (RuleSwitch.On("ArmOfService") && ClosingNumberAt(tokens, k))
            // "Viện Hóa chất và Môi trường A" (class 15): "và" joins the word to the next name word, not to a new body.
            || (RuleSwitch.On("TailBeforeAnd") && next.Lower == "và" && k + 1 < tokens.Count && tokens[k + 1].IsUpperInitial
                && OrgNameGrammar.JoinsNamePart(tokens, k + 1));
        return goesOn ? k - at : 0;
    }

    private const int FirstYear = 1900;

    // Words that count a phase, a round or a part: the number after them is no unit's number.
    private static readonly HashSet<string> CounterWords = WordSetLexicon.Group("counter-word");

    /// <summary>
    /// "Trung đoàn Bộ binh 975 và …": a number that ends the phrase (before "và", a comma, the verb or its aspect word) is
    /// the unit's number, closing its name; "Công ty A tăng 20 tỷ" goes on in lower case and is no name, and a year
    /// ("giai đoạn 2031-2035") is a period.
    /// </summary>
    private static bool ClosingNumberAt(IReadOnlyList<Token> tokens, int k)
    {
        if (tokens[k].Kind != TokenKind.Number || !int.TryParse(tokens[k].Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n >= FirstYear)
        {
            return false;
        }
        var after = k + 1 < tokens.Count ? tokens[k + 1] : null;
        return after is null || after.Text == "," || after.Lower is "và" or "đã" or "ký" or "vừa" or "cùng"
            // "Lữ đoàn Công binh 25.": before a full stop too, unless the number counts a phase or a round ("giai đoạn 2.").
            || (RuleSwitch.On("NumberBeforeStop") && after.Text is "." or ";" && !(k > 0 && CounterWords.Contains(tokens[k - 1].Lower)));
    }

    /// <summary>
    /// "Ngân hàng A phát triển nhà ở xã hội", "Công ty B xây dựng nhà máy": a listed word of several syllables opening with a
    /// verb-like name syllable ("phát triển", "xây dựng"), after a capitalised word, is the predicate when what follows is
    /// lower case and does not visibly go on as a name (a listed word, a place, a name word soon after); a name that goes on
    /// ("Quỹ A phát triển tỉnh X", "Ngân hàng B và phát triển C") keeps it.
    /// </summary>
    public static bool VerbAfterName(IReadOnlyList<Token> tokens, int at, int listed)
    {
        var next = at + listed;
        return listed >= 2 && at > 0 && tokens[at - 1].IsUpperInitial && NameSyllables.Contains(tokens[at].Lower)
            && next < tokens.Count && tokens[next].IsWord && !tokens[next].IsUpperInitial
            && OrgWordLexicon.MatchLength(tokens, next) == 0 && AdminPhraseParser.Parse(tokens, next, allowCapitalKeyword: false) is null
            && RunToName(tokens, next, afterHead: false, inLowerPart: true) == 0;
    }

    private const int MaxRun = 6;

    // Words that stand between a side and its signing verb ("đã", "vừa", "cùng", "chính thức"): after a run, they and
    // the verb show the side ends there.
    private static readonly HashSet<string> BeforeVerb = NameCueLexicon.Group("before-verb");

    /// <summary>
    /// "Hội hỗ trợ gia đình liệt sĩ tỉnh X", "Ban Quản lý vịnh Y", "Trung tâm Giáo dục thường xuyên huyện" (extract-gaps
    /// class 8): a run of up to six lower-case syllables inside a name, kept because the name visibly goes on after it (a
    /// place or a capitalised name word), not because its words are listed. A verb, aspect word or preposition ends
    /// the run; a syllable that is both a boundary and a name syllable opens it only right after the head, or inside
    /// a lower-case part the name already holds (<paramref name="inLowerPart"/>: "dự án nâng cấp", "Hành chính công").
    /// Where the name stands as a side (<paramref name="slot"/>), the run may also end where the side visibly ends.
    /// </summary>
    public static int RunToName(IReadOnlyList<Token> tokens, int at, bool afterHead, bool inLowerPart = false, SideSlot slot = SideSlot.None)
    {
        var k = at;
        var joined = false;
        while (k < tokens.Count && k < at + (joined ? 2 * MaxRun : MaxRun) && IsRunSyllable(tokens[k])
            && AdminPhraseParser.Parse(tokens, k, allowCapitalKeyword: false) is null)
        {
            if (!Boundary.Contains(tokens[k].Lower) || (NameSyllables.Contains(tokens[k].Lower) && (k > at || afterHead || inLowerPart)))
            {
                k++;
                continue;
            }
            // "Trung tâm đào tạo và chuyển giao công nghệ A": "và" between two lower-case fields of one name, once, when the
            // run after it opens no body of its own; the whole run must then reach the name's next word or place.
            if (!joined && k > at && tokens[k].Lower == "và" && RuleSwitch.On("AndInLowerRun") && k + 1 < tokens.Count
                && IsRunSyllable(tokens[k + 1]) && (!Boundary.Contains(tokens[k + 1].Lower) || OrgWordLexicon.MatchLength(tokens, k + 1) > 0)
                && OrgHeadLexicon.Default.Match(tokens, k + 1) is null)
            {
                joined = true;
                k++;
                continue;
            }
            break;
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
        // "Tổng công ty xây dựng công trình giao thông 4 đã ký", "… với Công ty cơ khí số 2 và …": a unit's number closes the
        // run as a place does where a side stands and visibly ends after the number (RunToNumber, extract-gaps class 8); at
        // a full stop it may be a count in a predicate.
        var numberAt = next.IsWord && next.Lower == "số" && k + 1 < tokens.Count ? k + 1 : k;
        if (RuleSwitch.On("RunToNumber") && slot != SideSlot.None && tokens[numberAt].Kind == TokenKind.Number && !tokens[numberAt].Text.Contains('/')
            && numberAt + 1 < tokens.Count && (SideEndsAt(tokens, at, numberAt + 1) || AdminPhraseParser.Parse(tokens, numberAt + 1, allowCapitalKeyword: false) is not null))
        {
            return k - at;
        }
        var name = (next.IsUpperInitial && OrgNameGrammar.HeadEnd(tokens, k, out _) < 0 && PersonTitles.StartsAt(tokens, k) <= 0
            && !(AdminPhraseParser.IsFamilyName(next) && k + 2 < tokens.Count && tokens[k + 1].IsUpperInitial && tokens[k + 2].IsUpperInitial))
            // "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh X", "Tổ chức Cứu trợ trẻ em khuyết tật (Hope Hands)": the name's abbreviation or
            // foreign name in brackets right after the run closes the name.
            || (RuleSwitch.On("RunToAbbreviation") && next.Text == "(" && BracketedName(tokens, k + 1)
                && !Enumerable.Range(at, k - at).Any(x => KindLexicon.Default.Match(tokens, x) is not null));
        // "Sở Y tế công bố Quyết định": a verb opening a run inside the name shows no name by a capital word after it.
        var openedInPart = Boundary.Contains(tokens[at].Lower) && !afterHead;
        if (name && !openedInPart)
        {
            return k - at;
        }
        if (joined)
        {
            return 0;
        }
        // "Hội Nông dân xây dựng mô hình.": a verb opening a run inside the name needs a place after it, not only the side's end.
        if (slot == SideSlot.None || openedInPart || !RuleSwitch.On("SideEndRun"))
        {
            return 0;
        }
        // "Sở Y tế tiến hành ký": the side ends where the words before the verb begin, which may be inside the run;
        // "Công ty phân bón cam kết cùng ký": and never past a verb-like syllable, unless it is also a name syllable
        // ("cây công nghiệp", NameSyllableInRun).
        for (var end = at; end <= k; end++)
        {
            if (SideEndsAt(tokens, at, end))
            {
                return end - at;
            }
            if (end > at && end < k && Boundary.Contains(tokens[end].Lower) && !(RuleSwitch.On("NameSyllableInRun") && NameSyllables.Contains(tokens[end].Lower)))
            {
                return 0;
            }
        }
        return 0;
    }

    /// <summary>Words a bracket may hold after a name: its abbreviation ("(CDC)") or its foreign name ("(Hope Hands)").</summary>
    private const int MaxBracketedWords = 4;

    /// <summary>
    /// Whether the bracket opened just before <paramref name="k"/> holds the name's abbreviation or, with BracketedForeignName
    /// (class 15), its foreign name (capitalised words only), and closes.
    /// </summary>
    private static bool BracketedName(IReadOnlyList<Token> tokens, int k)
    {
        if (k + 1 < tokens.Count && tokens[k].IsAbbreviation && tokens[k + 1].Text == ")")
        {
            return true;
        }
        if (!RuleSwitch.On("BracketedForeignName"))
        {
            return false;
        }
        var end = k;
        while (end < tokens.Count && end < k + MaxBracketedWords && tokens[end].IsWord && tokens[end].IsUpperInitial)
        {
            end++;
        }
        return end > k && end < tokens.Count && tokens[end].Text == ")";
    }

    /// <summary>
    /// "Chi cục Quản lý chất lượng nông lâm sản và Sở Y tế …", "Quỹ hỗ trợ nông dân nghèo đã ký" (extract-gaps §4): the side
    /// ends at <paramref name="k"/> when a list connector ("và", a comma) opens the next side's head there, when the signing verb
    /// follows (after aspect words), or when the purpose or the time opens, as after a partner ("với X về …"). Not at a full
    /// stop: "với Công ty X cung cấp thiết bị." ends in a verb phrase.
    /// </summary>
    private static bool SideEndsAt(IReadOnlyList<Token> tokens, int at, int k)
    {
        var t = tokens[k];
        if ((t.Text is "," or ";" || t.Lower == "và")
            && k + 1 < tokens.Count && tokens[k + 1].IsUpperInitial
            && OrgNameGrammar.HeadEnd(tokens, k + 1, out _) > 0)
        {
            return true;
        }
        // "ký với Tổ chức Tầm nhìn thế giới về …": a side's name ends where the purpose or the time opens, unless the run
        // before holds the document signed ("với Đại học X biên bản ghi nhớ về …").
        if (RuleSwitch.On("PartnerRunEnd") && WordSetLexicon.PartnerEnd.Has(t)
            && !Enumerable.Range(at, k - at).Any(x => KindLexicon.Default.Match(tokens, x) is not null))
        {
            return true;
        }
        var j = k;
        while (j < tokens.Count && j < k + 3 && tokens[j].IsWord && BeforeVerb.Contains(tokens[j].Lower))
        {
            j++;
        }
        return j < tokens.Count && tokens[j].Lower is "ký" or "kí";
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
        // "Công ty TNHH Minh Hải đối phó với …": two syllables before a predicate word, after a proper name's run of capitalised
        // syllables, are the predicate; a word of the name ("Cơ khí", "Tự động hóa") opens after the head or a lower-case syllable.
        if (k - at == 2 && Boundary.Contains(next.Lower) && RuleSwitch.On("ProperNameNoTail") && AfterProperName(tokens, at - 1))
        {
            return 0;
        }
        return Boundary.Contains(next.Lower) || OrgWordLexicon.MatchLength(tokens, k) > 0
            || AdminPhraseParser.Parse(tokens, k, allowCapitalKeyword: false) is not null ? k - at : 0;
    }

    // The capitalised syllable at <paramref name="last"/> follows another capitalised one that is neither a head nor an abbreviation.
    private static bool AfterProperName(IReadOnlyList<Token> tokens, int last) =>
        last >= 1 && tokens[last - 1].IsUpperInitial && !tokens[last - 1].IsAbbreviation && OrgNameGrammar.HeadEnd(tokens, last - 1, out _) < 0;

    private static readonly HashSet<string> VerbComplements = WordSetLexicon.Group("verb-complement");

    // "trẻ em mồ côi/khuyết tật": two lower-case words joined by a slash are one word of the run.
    private static bool IsRunSyllable(Token t) => t.IsWord && !t.IsUpperInitial
        && (t.Text.All(char.IsLetter) || (RuleSwitch.On("SlashRunWord") && t.Text.All(c => char.IsLetter(c) || c == '/')
            && char.IsLetter(t.Text[0]) && char.IsLetter(t.Text[^1])));

    private static bool IsNameSyllable(Token t) => t.IsWord && !t.IsUpperInitial && NameSyllables.Contains(t.Lower);

    // "thanh-Truyền" (Phát thanh-Truyền hình): a syllable joined by a hyphen to the next word of the name.
    private static bool IsTailSyllable(Token t) =>
        t.IsWord && !t.IsUpperInitial && t.Kind == TokenKind.Word && !Boundary.Contains(t.Lower)
        && t.Text.All(c => char.IsLetter(c) || c == '-') && char.IsLetter(t.Text[^1]);
}
