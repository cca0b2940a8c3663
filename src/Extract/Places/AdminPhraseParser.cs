using Extraction.Extract.Lexicons;
using Extraction.Extract.People;
using Extraction.Extract.Text;

namespace Extraction.Extract.Places;

/// <summary>Reads an administrative-unit phrase at a token: keyword (tỉnh, huyện, thị xã, thành phố, TP, quận, xã, ...) and its name.</summary>
internal static class AdminPhraseParser
{
    /// <summary>A capitalised word written as a common family name ("Trần", not the "Trấn" of "Trấn Yên"): a run opening with one may be a person.</summary>
    public static bool IsFamilyName(Token t) => t.IsUpperInitial && Surnames.IsCommon(t.Lower);

    /// <summary>A capitalised word written as any family name (also the rarer "Y", "Diệp", "Đồng"): where a run of names is a person.</summary>
    internal static bool IsAnyFamilyName(Token t) =>
        t.IsUpperInitial && Surnames.IsSurname(string.Concat(t.Lower[..1].ToUpperInvariant(), t.Lower.AsSpan(1)));

    /// <summary>"Thái Nguyên", "Hà Nam": capitalised words at <paramref name="at"/> that name a province or district.</summary>
    public static bool IsKnownPlace(IReadOnlyList<Token> tokens, int at)
    {
        for (var len = Math.Min(3, tokens.Count - at); len >= 2; len--)
        {
            if (AllUpperWords(tokens, at, len)
                && AdminUnitLexicon.Default.Find(TokenSpans.Keys(tokens, at, at + len)).Count > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Where a known province or district named bare at <paramref name="i"/> ends ("Hậu Giang"), or -1.</summary>
    public static int KnownBarePlaceEnd(IReadOnlyList<Token> tokens, int i)
    {
        if (i >= tokens.Count || !tokens[i].IsUpperInitial || !IsKnownPlace(tokens, i))
        {
            return -1;
        }
        var end = i;
        while (end < tokens.Count && end - i < 3 && tokens[end].IsUpperInitial)
        {
            end++;
        }
        var key = TokenSpans.Keys(tokens, i, end);
        // The whole capitalised run must be the place: "Sóc Trăng Xanh" is a name, not the province.
        return AdminUnitLexicon.Default.Find(key).Count > 0 && (end >= tokens.Count || !tokens[end].IsUpperInitial) ? end : -1;
    }

    public static AdminPhrase? Parse(IReadOnlyList<Token> tokens, int i, bool allowCapitalKeyword)
    {
        var t = tokens[i];
        if (!t.IsWord)
        {
            return null;
        }
        var (keyword, level, length) = Keyword(tokens, i);
        if (keyword is null)
        {
            return null;
        }
        if (t.IsUpperInitial && !allowCapitalKeyword && keyword is not ("TP" or "Quận"))
        {
            return null;
        }
        var nameStart = i + length;
        if (keyword == "TP" && nameStart < tokens.Count && tokens[nameStart].Text == ".")
        {
            nameStart++;
        }
        var nameEnd = ParseName(tokens, nameStart, level, keyword, i);
        return new AdminPhrase(i, Math.Max(nameEnd, nameStart), keyword, level, nameStart, nameEnd);
    }

    private static (string? Keyword, AdminLevel Level, int Length) Keyword(IReadOnlyList<Token> tokens, int i)
    {
        // Exact words, not folded keys: "quận" must not match "quân", nor "xã" "xa".
        var k = tokens[i].Text.ToLowerInvariant();
        var next = i + 1 < tokens.Count && tokens[i + 1].IsWord ? tokens[i + 1].Text.ToLowerInvariant() : null;
        return k switch
        {
            "tỉnh" => ("tỉnh", AdminLevel.Province, 1),
            "huyện" => ("huyện", AdminLevel.District, 1),
            "thị" when next == "xã" => ("thị xã", AdminLevel.District, 2),
            "thị" when next == "trấn" => ("thị trấn", AdminLevel.Commune, 2),
            "thành" when next == "phố" => ("thành phố", AdminLevel.District, 2),
            "tp" or "tp." => ("TP", AdminLevel.District, 1),
            "quận" => ("Quận", AdminLevel.District, 1),
            "xã" when next != "hội" => ("xã", AdminLevel.Commune, 1),
            "phường" => ("phường", AdminLevel.Commune, 1),
            "khu" when next == "vực" => ("khu vực", AdminLevel.Area, 2),
            _ => (null, AdminLevel.Area, 0),
        };
    }

    /// <summary>End of the place name after the keyword (== start when the keyword is bare).</summary>
    private static int ParseName(IReadOnlyList<Token> tokens, int start, AdminLevel level, string keyword, int keywordAt)
    {
        if (start >= tokens.Count)
        {
            return start;
        }
        var first = tokens[start];
        if (first.Kind == TokenKind.Number && keyword is "Quận" or "khu vực" or "phường")
        {
            return start + 1;
        }
        // A province written short ("tỉnh BR-VT", "TP HCM"): the abbreviation lexicon names it.
        if (first.IsAbbreviation && (first.Key == "hcm" || ProvinceNames.Find(first.Text) is not null))
        {
            return start + 1;
        }
        if (!first.IsUpperInitial || first.IsAbbreviation && first.Text.Length > 3)
        {
            return start;
        }
        // Longest known name first (provinces for tỉnh/thành phố, districts for huyện/thị xã/quận).
        var lex = AdminUnitLexicon.Default;
        for (var len = Math.Min(MaxNameTokens, tokens.Count - start); len >= 1; len--)
        {
            if (!IsNameRun(tokens, start, len))
            {
                continue;
            }
            var key = NameKey(tokens, start, len);
            var units = lex.Find(key);
            if (units.Count > 0 && (level != AdminLevel.Province || units.Any(u => u.IsProvince)))
            {
                return start + len;
            }
        }
        // Unknown names (districts, communes, old or foreign provinces): capitalised words up to where a known
        // province ("huyện Đông Anh Hà Nội") or a person ("xã Tân An Nguyễn Văn B") begins. Three words or more
        // opening with a family name are a person after a title ("Chủ tịch UBND tỉnh Nguyễn Văn A"); two are a place
        // ("Hà Tây", "Lý Sơn"), and so are three where no title stands before the body ("Công an huyện Đồng Bến Nắng").
        if (first.IsAbbreviation)
        {
            return start;
        }
        // A cut leaves two words at least: "Hiệp Bình Phước" is one ward, "Đỗ Hoàng Ân" one person.
        var run = 1;
        while (start + run < tokens.Count && tokens[start + run].IsUpperInitial && !tokens[start + run].IsAbbreviation
            && !(run >= 2 && (IsKnownPlace(tokens, start + run) || PersonAt(tokens, start + run))))
        {
            run++;
        }
        // A last single letter standing alone is the unit's suffix ("Châu Thành A"), not a name word ("H'…").
        var words = run > 2 && IsSuffixLetter(tokens, start + run - 1) ? run - 1 : run;
        // A family name alone is no place either ("Tỉnh Đoàn": the provincial Youth Union).
        if ((run == 1 && IsFamilyName(first))
            || (IsAnyFamilyName(first) && words >= 3 && !Surnames.IsPlace(TokenSpans.Words(tokens, start, start + run)) && (!RuleSwitch.On("PersonNeedsTitle") || PersonTitles.BeforeBodyAt(tokens, keywordAt))))
        {
            return start;
        }
        var max = level == AdminLevel.Commune ? 4 : 3;
        return run <= max ? start + run : start;
    }

    private static bool IsSuffixLetter(IReadOnlyList<Token> tokens, int at) =>
        tokens[at].Text.Length == 1
        && (at + 1 == tokens.Count || tokens[at + 1].Start > tokens[at].End || tokens[at + 1].Text is not ("'" or "’"));

    /// <summary>A family name and another capitalised word: a person's name starts here.</summary>
    private static bool PersonAt(IReadOnlyList<Token> tokens, int at) =>
        IsAnyFamilyName(tokens[at]) && at + 1 < tokens.Count && tokens[at + 1].IsUpperInitial && !tokens[at + 1].IsAbbreviation;

    /// <summary>Tokens a province name may span: its words and the hyphens between them ("Bà Rịa - Vũng Tàu").</summary>
    public static int MaxNameTokens => (AdminUnitLexicon.Default.MaxWords * 2) - 1;

    /// <summary>Capitalised words, a hyphen allowed between two of them: the shape of a written place name.</summary>
    public static bool IsNameRun(IReadOnlyList<Token> tokens, int start, int len)
    {
        for (var k = start; k < start + len; k++)
        {
            var inside = k > start && k < start + len - 1;
            if (!tokens[k].IsUpperInitial && !(inside && IsHyphen(tokens[k]) && !IsHyphen(tokens[k - 1])))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The folded words of a name run, hyphens dropped, as the admin-unit lexicon keys them ("Bà Rịa-Vũng Tàu": "ba ria vung tau").</summary>
    public static string NameKey(IReadOnlyList<Token> tokens, int start, int len)
    {
        var words = Enumerable.Range(start, len).Where(k => !IsHyphen(tokens[k])).Select(k => tokens[k]).ToList();
        // A hyphen glued inside a token ("Rịa-Vũng") stays in its key; only then are the words folded again.
        return words.Any(t => t.Text.Contains('-', StringComparison.Ordinal))
            ? string.Join(' ', TextKeys.FoldWords(string.Join(' ', words.Select(t => t.Text))))
            : string.Join(' ', words.Select(t => t.Key));
    }

    private static bool IsHyphen(Token t) => t.Text is "-" or "–";

    private static bool AllUpperWords(IReadOnlyList<Token> tokens, int start, int len)
    {
        for (var k = start; k < start + len; k++)
        {
            if (!tokens[k].IsUpperInitial)
            {
                return false;
            }
        }
        return true;
    }
}
