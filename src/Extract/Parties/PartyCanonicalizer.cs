using System.Text;
using Extraction.Extract.Lexicons;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Parties;

/// <summary>
/// Canonical party names: abbreviations spelled out (UBND → Ủy ban nhân dân, LĐ-TB&amp;XH →
/// Lao động - Thương binh và Xã hội), "&amp;" read "và", brand, abbreviation or closing alias parentheses dropped,
/// and a bare "tỉnh"/"huyện"/"thị xã" completed with the article's place.
/// </summary>
internal static class PartyCanonicalizer
{
    public static string Canonicalize(IReadOnlyList<Token> tokens, OrgMatch org, ArticlePlace place)
    {
        var sb = new StringBuilder();
        var endsBare = org.Place is { IsBare: true } && org.Place.End == LastContentEnd(tokens, org);
        for (var k = org.Start; k < org.End; k++)
        {
            var t = tokens[k];
            if (t.Text == "(" && DroppableParenthesis(tokens, k, org.End, out var close))
            {
                k = close;
                continue;
            }
            if (SpelledProvince(tokens, org, k) is { } official)
            {
                // "tỉnh Thừa Thiên - Huế", "tỉnh Bà Rịa-Vũng Tàu": the province's name as the admin-unit list writes it.
                Append(sb, official.Name);
                k = org.Place!.NameEnd - 1;
                continue;
            }
            var word = t.Text;
            if (t.Text == "&")
            {
                word = "và";
            }
            else if (t.Lower is "tp" or "tp.")
            {
                word = "thành phố";
                // "Tp. Hồ Chí Minh": the abbreviation's full stop is not part of the name.
                if (k + 1 < org.End && tokens[k + 1].Text == ".")
                {
                    k++;
                }
            }
            else if (AbbreviatedProvince(t) is { } province)
            {
                // "TP.HCM", "HCM", "BR-VT": the province as the admin-unit list writes it, its keyword once.
                word = EndsWithKeyword(sb, province.Type) ? province.Name : ProvinceNames.Written(province);
            }
            else if (t.IsAbbreviation)
            {
                word = Expand(t.Text);
            }
            Append(sb, word);
        }
        var canonical = sb.ToString();
        if (RuleSwitch.On("CourtOfThePeople"))
        {
            canonical = CourtOfThePeople(tokens, org, canonical);
        }
        if (endsBare && place.Complete(org.Place!.Keyword) is { } name)
        {
            // Insert the place right after the bare keyword (before a dropped parenthesis).
            canonical = canonical + " " + name;
        }
        else if (org.Place is null)
        {
            canonical = CompleteWithoutKeyword(canonical, tokens, org, place);
        }
        return canonical.Replace("Uỷ", "Ủy", StringComparison.Ordinal);
    }

    private static readonly HashSet<string> CollectiveMarks = WordSetLexicon.Group("head-list-count");

    /// <summary>Enough of a canonical name's opening to read a unit word of two syllables ("thành phố", "thị xã").</summary>
    private const int OpeningChars = 16;

    /// <summary>
    /// "công ty TNHH X", "hội khuyến học xã Y": a body's name is written with a capital, whatever case the text used; a place
    /// side ("tỉnh X", "thành phố Y") and a collective ("các nước …") keep theirs.
    /// </summary>
    public static string Capitalised(string canonical)
    {
        if (canonical.Length == 0 || !char.IsLower(canonical[0]) || !RuleSwitch.On("CapitalisedCanonical"))
        {
            return canonical;
        }
        // A place's unit word (the place reader's own keywords), or a collective's plural mark or count (the shared lists').
        var opening = Tokenizer.Tokenize(canonical, 0, Math.Min(canonical.Length, OpeningChars));
        return AdminPhraseParser.Parse(opening, 0, allowCapitalKeyword: false) is not null || CollectiveMarks.Contains(opening[0].Lower)
            ? canonical
            : char.ToUpperInvariant(canonical[0]) + canonical[1..];
    }

    /// <summary>A token the abbreviation lexicon spells out as a province ("HCM", "TP.HCM", "TT-Huế"); null otherwise.</summary>
    private static AdminUnit? AbbreviatedProvince(Token t) =>
        t.IsWord && AbbreviationLexicon.Default.Expand(t.Text) is not null ? ProvinceNames.Find(t.Text) : null;

    /// <summary>The province when its name starts at <paramref name="k"/> after a province keyword and is written otherwise than the list does.</summary>
    private static AdminUnit? SpelledProvince(IReadOnlyList<Token> tokens, OrgMatch org, int k)
    {
        if (org.Place is not { IsBare: false } p || p.NameStart != k || p.Keyword is not ("tỉnh" or "thành phố" or "TP"))
        {
            return null;
        }
        var written = TokenSpans.Words(tokens, p.NameStart, p.NameEnd);
        return ProvinceNames.Find(written) is { } unit && unit.Name != written ? unit : null;
    }

    private static bool EndsWithKeyword(StringBuilder sb, string keyword) =>
        sb.Length >= keyword.Length && sb.ToString(sb.Length - keyword.Length, keyword.Length) == keyword
        && (sb.Length == keyword.Length || sb[sb.Length - keyword.Length - 1] == ' ');

    private static int LastContentEnd(IReadOnlyList<Token> tokens, OrgMatch org)
    {
        var end = org.End;
        if (end > org.Start && tokens[end - 1].Text == ")")
        {
            while (end > org.Start && tokens[end - 1].Text != "(")
            {
                end--;
            }
            end--;
        }
        return end;
    }

    /// <summary>"Sở Y tế Đồi Mây" → "Sở Y tế tỉnh Đồi Mây"; "Sở Tư pháp" → "Sở Tư pháp tỉnh X".</summary>
    private static string CompleteWithoutKeyword(string canonical, IReadOnlyList<Token> tokens, OrgMatch org, ArticlePlace place)
    {
        var first = tokens[org.Start].Lower;
        if (first.StartsWith("tỉnh", StringComparison.Ordinal) || first.StartsWith("thành", StringComparison.Ordinal))
        {
            return canonical;
        }
        if (org.End - 1 > org.Start && AbbreviatedProvince(tokens[org.End - 1]) is not null)
        {
            return canonical;
        }
        var lex = AdminUnitLexicon.Default;
        for (var len = Math.Min(AdminPhraseParser.MaxNameTokens, org.End - org.Start - 1); len >= 1; len--)
        {
            var from = org.End - len;
            if (!tokens[from].IsUpperInitial || (len > 3 && !AdminPhraseParser.IsNameRun(tokens, from, len)))
            {
                continue;
            }
            var key = AdminPhraseParser.NameKey(tokens, from, len);
            var unit = lex.Find(key).FirstOrDefault(u => u.IsProvince);
            if (unit is not null)
            {
                // "Trường Đại học Nam Cần Thơ", "Công ty Cổ phần Dược Hậu Giang": a capitalised name word right before the
                // place makes it part of the proper name; a unit word inserted there would cut the name in two ("Cục Thuế" is a head).
                if (RuleSwitch.On("PlaceInsideName") && from - 1 >= Math.Max(org.Start + 1, OrgNameGrammar.HeadEnd(tokens, org.Start, out _)) && NameWordBefore(tokens[from - 1]))
                {
                    return canonical;
                }
                // "Công ty Cổ phần Cấp nước Hà Lâm": a firm named after its province is named, not located there; a unit
                // word inserted would make a different name.
                if (RuleSwitch.On("FirmNamedAfterPlace") && IsFirm(tokens, org.Start))
                {
                    return canonical;
                }
                // "Trường Đại học X", "Báo X", "Đài Phát thanh - Truyền hình X": so are a university, a college and the
                // province's press; their names take no unit word (the local government's bodies do: "Sở Y tế tỉnh X").
                if (RuleSwitch.On("InstitutionNamedAfterPlace") && IsInstitution(tokens, org.Start))
                {
                    return canonical;
                }
                var shown = TokenSpans.Words(tokens, from, from + len);
                // On spans: string.LastIndexOf goes through CompareInfo even when ordinal, and its first call opens ICU's
                // collator (about 0.5 MB of mapped library and data pages for the rest of an ingest; decisions, ICU's collator).
                var at = canonical.AsSpan().LastIndexOf(shown);
                return at > 0 ? canonical[..at] + unit.Type + " " + canonical[at..] : canonical;
            }
        }
        var head = org.Start;
        while (head + 1 < org.End && tokens[head].Lower is "lãnh" or "đạo" or "thường" or "trực" or "ban" && tokens[head + 1].Lower is not "quản")
        {
            head++;
        }
        if (tokens[head].Lower == "sở" && place.Province is { } p)
        {
            return canonical + " " + p;
        }
        return canonical;
    }

    private static readonly string[][] PeoplesBodies = [["toa", "an"], ["vien", "kiem", "sat"]];

    /// <summary>
    /// "Tòa án huyện X", "Viện kiểm sát" in a list sharing "huyện X": the local court and procuracy are the people's ones,
    /// and their names say so ("Tòa án nhân dân huyện X"). Only when the head stands alone or right before its place.
    /// </summary>
    private static string CourtOfThePeople(IReadOnlyList<Token> tokens, OrgMatch org, string canonical)
    {
        foreach (var head in PeoplesBodies)
        {
            var end = org.Start + head.Length;
            if (end > org.End || !ParentChain.KeysAt(tokens, org.Start, head))
            {
                continue;
            }
            if (end < org.End && org.Place?.Start != end)
            {
                return canonical;
            }
            var words = canonical.Split(' ');
            return words.Length < head.Length ? canonical
                : string.Join(' ', words.Take(head.Length).Concat(["nhân dân"]).Concat(words.Skip(head.Length)));
        }
        return canonical;
    }

    private static readonly string[][] FirmHeads = [["cong", "ty"], ["tong", "cong", "ty"], ["tap", "doan"], ["hop", "tac", "xa"]];

    // Written words, not folded keys: "Báo" is not "Bảo hiểm", "Đài" not "Đại đội".
    private static readonly string[][] InstitutionHeads =
        [["trường", "đại", "học"], ["đại", "học"], ["trường", "cao", "đẳng"], ["học", "viện"], ["báo"], ["đài"], ["tạp", "chí"]];

    /// <summary>Whether the name opens with a firm's head (company, corporation, group, cooperative).</summary>
    private static bool IsFirm(IReadOnlyList<Token> tokens, int start) => OpensWith(tokens, start, FirmHeads, static t => t.Key);

    /// <summary>Whether the name opens with a university's, a college's or the press's head.</summary>
    private static bool IsInstitution(IReadOnlyList<Token> tokens, int start) => OpensWith(tokens, start, InstitutionHeads, static t => t.Lower);

    private static bool OpensWith(IReadOnlyList<Token> tokens, int start, string[][] heads, Func<Token, string> word) =>
        heads.Any(h => start + h.Length <= tokens.Count && h.Select((w, k) => word(tokens[start + k]) == w).All(same => same));

    private static bool NameWordBefore(Token t) => t.IsWord && !t.IsAbbreviation && TextKeys.IsCapitalisedWord(t.Text);

    public static string Expand(string abbreviation)
    {
        var lex = AbbreviationLexicon.Default;
        if (lex.Expand(abbreviation) is { } whole)
        {
            return whole;
        }
        if (abbreviation.AsSpan().IndexOfAny('-', '&') < 0)
        {
            return abbreviation;
        }
        var sb = new StringBuilder();
        var part = new StringBuilder();
        foreach (var c in abbreviation + "\0")
        {
            if (c is '-' or '&' or '\0')
            {
                var p = part.ToString();
                sb.Append(lex.Expand(p) ?? p);
                if (c != '\0')
                {
                    sb.Append(c == '-' ? " - " : " và ");
                }
                part.Clear();
            }
            else
            {
                part.Append(c);
            }
        }
        return sb.ToString();
    }

    private static bool DroppableParenthesis(IReadOnlyList<Token> tokens, int open, int end, out int close)
    {
        close = open;
        for (var k = open + 1; k < end; k++)
        {
            if (tokens[k].Text == ")")
            {
                close = k;
                // One word: an abbreviation or brand repeated ("(KSQS)", "(Viettel)"); a bracket closing the name, its
                // alias or its place ("Tổ chức A (Hope Hands)", "Công ty B (Nhật Bản)", TrailingAlias).
                return k == open + 2 || (k == end - 1 && RuleSwitch.On("TrailingAlias"));
            }
        }
        return false;
    }

    private static void Append(StringBuilder sb, string word)
    {
        if (sb.Length > 0 && word is not ("," or ")") && sb[^1] != '(')
        {
            sb.Append(' ');
        }
        sb.Append(word);
    }
}
