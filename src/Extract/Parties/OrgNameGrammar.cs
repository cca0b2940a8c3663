using Extraction.Extract.Lexicons;
using Extraction.Extract.People;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Parties;

/// <summary>
/// A grammar of Vietnamese organisation names: a head (Ủy ban, Sở, Hội, Công an, UBND, ...)
/// then name words (capitalised words, abbreviations, numbers, listed lower-case syllables),
/// joined by "-", "&amp;", "và" or "A, B và C" only when what follows is not a new head, and
/// closed by a place ("tỉnh Trà Vinh", bare "huyện") and an optional short parenthesis.
/// Lists of names ("X và Y", "X, Y và Z", "X; Y") therefore split at every new head.
/// </summary>
internal static class OrgNameGrammar
{
    // Words after a head that make it a common noun, not an organisation: Hội nghị, Ban hành, Bộ trưởng, Phòng chống.
    private static readonly HashSet<string> NotAfterHead =
    [
        "nghị", "thảo", "chợ", "viên", "hành", "chống", "cháy", "ngừa", "việc", "án", "cáo", "kết", "đầu", "trưởng",
        "phó", "phận", "máy", "tiêu", "thi", "diễn", "công", "tổ", "đội",
    ];

    /// <summary>"Quỹ đầu tư X", "Công ty đầu tư Y": "đầu" opens the field "đầu tư", not "ban đầu" (InvestmentAfterHead, extract-gaps class 8).</summary>
    private static bool IsInvestment(IReadOnlyList<Token> tokens, int k) =>
        RuleSwitch.On("InvestmentAfterHead") && tokens[k].Lower == "đầu" && k + 1 < tokens.Count && tokens[k + 1].Lower == "tư";

    private static readonly PhraseLexicon<bool> CollectiveBodies = WordSetLexicon.Phrases("collective-body");

    /// <summary>
    /// The longest side name in the gold has 16 words; a run of capitalised words a page long ("Hội Sở Ban Phòng …"
    /// repeated) is no name, and read whole it made every later comparison fold a megabyte (1 MB took 6 s to frame).
    /// </summary>
    private const int MaxNameTokens = 48;

    /// <summary>Tries to read an organisation name starting at token <paramref name="i"/>.</summary>
    public static OrgMatch? Parse(IReadOnlyList<Token> tokens, int i)
    {
        var headEnd = HeadEnd(tokens, i, out var cls);
        var lowerHead = false;
        if (headEnd < 0 && RuleSwitch.On("LowerCaseHead") && InSideSlot(tokens, i))
        {
            headEnd = HeadEnd(tokens, i, out cls, allowLowerCase: true);
            lowerHead = headEnd > 0;
        }
        if (headEnd < 0)
        {
            return null;
        }
        var pos = headEnd;
        var lastGood = headEnd;
        var named = cls != OrgHeadClass.Named;
        AdminPhrase? place = null;
        var lowerRun = 0;
        SideSlot? slot = null;
        var proper = false;
        while (pos < tokens.Count && pos - i < MaxNameTokens)
        {
            var t = tokens[pos];
            // "ký với Tập đoàn A thỏa thuận hợp tác": a document's kind in lower case after the name's own words is the verb's
            // object; no side name of the gold holds one there.
            if (proper && t.IsWord && !t.IsUpperInitial && RuleSwitch.On("KindEndsName") && KindLexicon.Default.Match(tokens, pos) is not null)
            {
                break;
            }
            if (place is { IsBare: true } && t.Text == "," && pos + 1 < tokens.Count
                && AdminPhraseParser.Parse(tokens, pos + 1, allowCapitalKeyword: false) is { IsBare: true } next)
            {
                // "Hội Nông dân 9 huyện, thị xã, thành phố": a list of bare unit types is one name.
                lastGood = pos = next.End;
                continue;
            }
            if (place is not null)
            {
                // "tỉnh Thừa Thiên- Huế": a place name broken by a dash is still one known place.
                if (t.Text is "-" or "–" && pos + 1 < tokens.Count && tokens[pos + 1].IsUpperInitial && !place.IsBare
                    && (AdminUnitLexicon.Default.Find(TokenSpans.Keys(tokens, place.NameStart, place.NameEnd) + " " + tokens[pos + 1].Key).Count > 0
                        || AdminUnitLexicon.Default.Find(tokens[pos + 1].Key).Count > 0
                        || (pos + 2 < tokens.Count && tokens[pos + 2].IsUpperInitial
                            && AdminUnitLexicon.Default.Find(tokens[pos + 1].Key + " " + tokens[pos + 2].Key).Count > 0)))
                {
                    pos += AdminUnitLexicon.Default.Find(tokens[pos + 1].Key).Count > 0 ? 2 : 3;
                    lastGood = pos;
                    place = place with { End = pos, NameEnd = pos };
                    continue;
                }
                // After the place only a parenthesis or "- Gia Lai" (after a number) may follow.
                if (t.Text is "(" && TryParenthesis(tokens, pos, out var after))
                {
                    lastGood = pos = after;
                }
                break;
            }
            // "Bộ Bưu chính, Viễn thông": a listed ministry field holding a comma or "và" is the name's field whole (ListedFieldName).
            if (pos == headEnd && RuleSwitch.On("ListedFieldName") && tokens[pos].IsUpperInitial && StateFields.Length(tokens, pos) is > 0 and var field)
            {
                lastGood = pos += field;
                named = true;
                continue;
            }
            var admin = AdminPhraseParser.Parse(tokens, pos, allowCapitalKeyword: false);
            // "Hội đồng thành phố Kazan", "Ủy ban tỉnh X": a council or committee named by its place alone.
            if (admin is not null && (named || admin.Keyword is "khu vực" || (pos == headEnd && !admin.IsBare && IsCouncil(tokens, i))))
            {
                place = admin;
                lastGood = pos = place.End;
                named = true;
                // "Học viện Chính trị khu vực II": a region numbered in Roman numerals.
                if (admin.Level == AdminLevel.Area && admin.IsBare && pos < tokens.Count && RuleSwitch.On("RomanRegion") && IsRomanNumeral(tokens[pos].Text))
                {
                    lastGood = ++pos;
                }
                if (admin.Level == AdminLevel.Area && pos + 1 < tokens.Count && tokens[pos].Text is "-" or "–" && tokens[pos + 1].IsUpperInitial)
                {
                    var p2 = AdminPhraseParser.Parse(tokens, pos + 1, allowCapitalKeyword: true);
                    var end = p2?.End ?? ProperRunEnd(tokens, pos + 1);
                    if (end > pos + 1)
                    {
                        lastGood = pos = end;
                    }
                }
                continue;
            }
            if (t.IsUpperInitial)
            {
                var nestedEnd = HeadEnd(tokens, pos, out _);
                // A new head after a list connector opens the next name; after "-" it continues this one (Đài Phát thanh - Truyền hình).
                if (nestedEnd > 0 && IsConnector(tokens[pos - 1]) && tokens[pos - 1].Text is not ("-" or "–"))
                {
                    break;
                }
                // "Kho bạc Nhà nước – Cục Thuế tỉnh X", "Công ty A - Công ty B" (extract-gaps class 18): after a dash, a head
                // opens the next name when this one is a complete body or the head repeats this one's.
                if (nestedEnd > 0 && tokens[pos - 1].Text is "-" or "–" && RuleSwitch.On("DashNewHead")
                    && (cls == OrgHeadClass.Complete || SameHead(tokens, i, headEnd, pos, nestedEnd)))
                {
                    break;
                }
                // A person's full name (three syllables or more) after the name ends it; "Lâm Viên" is a place word. After only
                // the body's form ("Trường THCS", "Công ty cổ phần") it is the name the body bears.
                if (AdminPhraseParser.IsFamilyName(t) && pos + 2 < tokens.Count && tokens[pos + 1].IsUpperInitial && tokens[pos + 2].IsUpperInitial && named
                    && !AdminPhraseParser.IsKnownPlace(tokens, pos) && !(RuleSwitch.On("NamedAfterPerson") && OnlyBodyForm(tokens, headEnd, pos)))
                {
                    break;
                }
                if (nestedEnd > 0)
                {
                    pos = nestedEnd;
                }
                else
                {
                    // "Trung ương", "Kiểm sát", "Phát triển": a listed word whose first syllable is capitalised.
                    var word = OrgWordLexicon.MatchLength(tokens, pos);
                    // "Quỹ Nhi đồng Liên hợp quốc": a word spelled out as a known abbreviation's expansion (LHQ) is one word of the name.
                    if (word < 2 && RuleSwitch.On("SpelledAbbreviation"))
                    {
                        word = SpelledAbbreviationLength(tokens, pos);
                    }
                    pos += word >= 2 ? word : 1;
                }
                lastGood = pos;
                named = true;
                proper = true;
                lowerRun = 0;
                continue;
            }
            // "Hội Nông dân ba huyện": a count written as a word before a bare unit word counts as its digits do (SpelledCount).
            if ((t.Kind == TokenKind.Number && tokens[pos - 1].IsWord && !t.Text.Contains('/'))
                || (RuleSwitch.On("SpelledCount") && NumberWords.Count(t) > 1 && !t.IsUpperInitial && pos + 1 < tokens.Count
                    && AdminPhraseParser.Parse(tokens, pos + 1, allowCapitalKeyword: false) is { IsBare: true }))
            {
                lastGood = ++pos;
                named = true;
                continue;
            }
            if (t.IsWord && t.Lower == "số" && pos + 1 < tokens.Count && tokens[pos + 1].Kind == TokenKind.Number)
            {
                pos += 2;
                lastGood = pos;
                continue;
            }
            // "Ban Quản lý các khu công nghiệp tỉnh X", "Liên hiệp các Hội …": "các" inside a name, before a head or a lower-case run
            // that reaches the name's next word or place; "các xã: A, B" is a shared head's list (SharedHeadList), not this.
            if (t.IsWord && t.Lower == "các" && RuleSwitch.On("PluralInName") && PluralPartLength(tokens, pos, headEnd, slot ??= SlotOf(tokens, i)) is > 0 and var plural)
            {
                pos += plural;
                if (plural > 1)
                {
                    lastGood = pos;
                    named = true;
                }
                lowerRun++;
                continue;
            }
            var listed = OrgWordLexicon.MatchLength(tokens, pos);
            if (listed > 0 && lowerRun < 6)
            {
                pos += listed;
                lastGood = pos;
                lowerRun++;
                named = true;
                continue;
            }
            if (NameTail.Length(tokens, pos) is > 0 and var tail && lowerRun < 6)
            {
                // "Cơ khí", "Nghiên cứu", "Cà phê": the lower-case syllables of a word whose first one is capitalised.
                // "Kiểm soát liên hợp cửa khẩu X" (extract-gaps class 15): a run that reaches the name's next word or its
                // end beats the greedy two-syllable tail that stopped before "hợp".
                if (RuleSwitch.On("RunOverTail") && RuleSwitch.On("LowerRunToName") && pos + tail < tokens.Count
                    && tokens[pos + tail].IsWord && !tokens[pos + tail].IsUpperInitial
                    && NameTail.RunToName(tokens, pos, afterHead: false, slot: slot ??= SlotOf(tokens, i)) is var longer && longer > tail)
                {
                    tail = longer;
                    named = true;
                }
                pos += tail;
                lastGood = pos;
                lowerRun++;
                continue;
            }
            // "Trung tâm Hành chính công tỉnh X": after a lower-case syllable the name already holds, a name syllable that is also
            // a boundary word goes on, as inside a lower-case part (extract-gaps class 15).
            if (RuleSwitch.On("LowerRunToName") && lowerRun < 6
                && NameTail.RunToName(tokens, pos, afterHead: pos == headEnd, inLowerPart: AfterLowerSyllable(tokens, pos, headEnd),
                    slot: slot ??= SlotOf(tokens, i)) is > 0 and var run)
            {
                pos += run;
                lastGood = pos;
                lowerRun++;
                named = true;
                continue;
            }
            if (t.Text is "&" && pos + 1 < tokens.Count && tokens[pos + 1].IsWord)
            {
                pos++;
                continue;
            }
            // A dash inside the name goes on to a capitalised word, or between two lower-case fields ("Liên đoàn du lịch -
            // khách sạn X"), where the run after it must reach the name's next word as any lower-case run does and a head
            // after the dash opens another name. A dash the name does not go past is left out of it (lastGood stays).
            if (t.Text is "-" or "–" && named && pos + 1 < tokens.Count
                && (tokens[pos + 1].IsUpperInitial || DashBeforeLowerField(tokens, pos)))
            {
                pos++;
                continue;
            }
            // "Đài Phát thanh và Truyền hình tỉnh X": two fields that name one body, though the second heads names of its own.
            if (t.IsWord && t.Lower == "và" && named && RuleSwitch.On("FieldPairName") && FieldPairEnd(tokens, pos) is > 0 and var pairEnd)
            {
                lastGood = pos = pairEnd;
                continue;
            }
            // "Sở Nông nghiệp và PTNT": a field written short after "và" is the name's second field, not another body; an
            // abbreviated body ("UBND và HĐND") or place opens the next name (AbbreviatedField).
            if (t.IsWord && t.Lower == "và" && named && RuleSwitch.On("AbbreviatedField") && pos + 1 < tokens.Count
                && tokens[pos + 1].IsAbbreviation && AbbreviationLexicon.Default.Expand(tokens[pos + 1].Text) is not null
                && !OrgHeadLexicon.Default.IsAbbreviationHead(tokens[pos + 1].Text) && AdminPhraseParser.Parse(tokens, pos + 1, allowCapitalKeyword: true) is null)
            {
                lastGood = pos += 2;
                continue;
            }
            // A name closed by its abbreviation in brackets is complete: "X (TTXVN) và Y" lists two.
            if (t.IsWord && t.Lower == "và" && named && tokens[pos - 1].Kind != TokenKind.Number && tokens[pos - 1].Text != ")" && !EndsWithCountry(tokens, pos)
                && !(RuleSwitch.On("ProvinceEndsName") && EndsWithProvince(tokens, pos)) && JoinsNamePart(tokens, pos + 1))
            {
                pos++;
                continue;
            }
            // "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ": a lower-case list of listed field words is one name part.
            if (t.Text == "," && named && RuleSwitch.On("LowerFieldList") && LowerFieldListEnd(tokens, pos) is > 0 and var listEnd)
            {
                lastGood = pos = listEnd;
                continue;
            }
            if (t.Text == "," && named && CommaJoinsNamePart(tokens, pos + 1))
            {
                pos++;
                continue;
            }
            if (t.Text is "(" && named && TryParenthesis(tokens, pos, out var afterParen))
            {
                lastGood = pos = afterParen;
                // "(NCCIM) Tan Sri …": after the abbreviation of the whole name, capitalised words are a person, not the name.
                if (afterParen - 3 >= 0 && tokens[afterParen - 2].IsAbbreviation && tokens[afterParen - 3].Text == "("
                    && afterParen < tokens.Count && tokens[afterParen].IsUpperInitial)
                {
                    break;
                }
                continue;
            }
            break;
        }
        if (!named || lastGood <= i)
        {
            return null;
        }
        // "Đại sứ quán X tại Việt Nam" (extract-gaps class 10): a diplomatic mission is named with the country it sits in.
        if (RuleSwitch.On("EnvoyAtPlace") && PlaceAfterAt(tokens, lastGood) is > 0 and var atEnd && OrgHeadLexicon.Default.Match(tokens, i) is { Words: [.., "quán"] })
        {
            lastGood = atEnd;
        }
        // A lower-case head is a name only when the name shows it: a capitalised word or a named place after the head.
        if (lowerHead && !Enumerable.Range(headEnd, lastGood - headEnd).Any(k => tokens[k].IsUpperInitial) && place is not { IsBare: false })
        {
            return null;
        }
        return new OrgMatch(i, lastGood, place);
    }

    private static readonly PhraseLexicon<bool> FieldPairs = WordSetLexicon.Phrases("field-pair");

    /// <summary>The end of a listed pair of fields ("phát thanh và truyền hình") whose "và" stands at <paramref name="and"/>, or -1.</summary>
    private static int FieldPairEnd(IReadOnlyList<Token> tokens, int and)
    {
        const int MaxWordsBefore = 3;
        for (var k = Math.Max(0, and - MaxWordsBefore); k < and; k++)
        {
            if (FieldPairs.Match(tokens, k) is { Length: var n } && k + n > and + 1)
            {
                return k + n;
            }
        }
        return -1;
    }

    /// <summary>
    /// Tokens of "các" and what it opens at <paramref name="at"/>: 1 before a capitalised head (which the name reads next), or 1 + a
    /// lower-case run that reaches a name word or a place (<see cref="NameTail.RunToName"/>); 0 before a unit ("các xã", "các huyện").
    /// </summary>
    private static int PluralPartLength(IReadOnlyList<Token> tokens, int at, int headEnd, SideSlot slot)
    {
        if (at + 1 >= tokens.Count || !tokens[at + 1].IsWord || AdminPhraseParser.Parse(tokens, at + 1, allowCapitalKeyword: true) is not null)
        {
            return 0;
        }
        if (tokens[at + 1].IsUpperInitial)
        {
            return HeadEnd(tokens, at + 1, out _) > 0 ? 1 : 0;
        }
        return NameTail.RunToName(tokens, at + 1, afterHead: at == headEnd, inLowerPart: true, slot) is > 0 and var run ? 1 + run : 0;
    }

    // A name's field list holds a handful of fields; a longer run of listed words is no name part (rejected whole), and the
    // bound keeps a crafted page of field words from being rescanned at every comma.
    private const int MaxFieldListElements = 8;

    /// <summary>
    /// The end of ", a, b và c" after <paramref name="comma"/> when the word before the comma is lower case and every element is a
    /// listed lower-case field word (<see cref="OrgWordLexicon"/>) with a "và" among the joiners; -1 otherwise.
    /// </summary>
    private static int LowerFieldListEnd(IReadOnlyList<Token> tokens, int comma)
    {
        if (comma == 0 || !tokens[comma - 1].IsWord || tokens[comma - 1].IsUpperInitial)
        {
            return -1;
        }
        var k = comma + 1;
        var joinedByAnd = false;
        var elements = 0;
        while (k < tokens.Count && elements++ < MaxFieldListElements && tokens[k].IsWord && !tokens[k].IsUpperInitial
            && OrgWordLexicon.MatchLength(tokens, k) is > 0 and var n)
        {
            k += n;
            if (k + 1 < tokens.Count && (tokens[k].Text == "," || tokens[k].Lower == "và") && tokens[k + 1].IsWord && !tokens[k + 1].IsUpperInitial
                && OrgWordLexicon.MatchLength(tokens, k + 1) > 0)
            {
                joinedByAnd |= tokens[k].Lower == "và";
                k++;
                continue;
            }
            return joinedByAnd ? k : -1;
        }
        return -1;
    }

    private static bool IsRomanNumeral(string text) => text.Length is > 0 and <= 4 && text.All(c => c is 'I' or 'V' or 'X');

    private const int MaxSpelledWords = 4;

    /// <summary>
    /// "Liên hợp quốc": a capitalised syllable and the lower-case ones after it that spell the expansion of the abbreviation of their
    /// initials (<see cref="AbbreviationLexicon"/>); the length in tokens, or 0.
    /// </summary>
    private static int SpelledAbbreviationLength(IReadOnlyList<Token> tokens, int at)
    {
        for (var n = Math.Min(MaxSpelledWords, tokens.Count - at); n >= 2; n--)
        {
            if (Enumerable.Range(at + 1, n - 1).All(k => tokens[k].IsWord && !tokens[k].IsUpperInitial && tokens[k].Text.All(char.IsLetter))
                && SpellsExpansion(tokens, at, n))
            {
                // "Cộng hòa xã hội chủ nghĩa Việt Nam": the start of a longer spelled name is no word of its own; the plain
                // reading carries the whole name.
                return StartsLongerExpansion(tokens, at, n) ? 0 : n;
            }
        }
        return 0;
    }

    private const int MaxLongerSpelledWords = 8;

    private static bool StartsLongerExpansion(IReadOnlyList<Token> tokens, int at, int length)
    {
        for (var n = Math.Min(MaxLongerSpelledWords, tokens.Count - at); n > length; n--)
        {
            if (Enumerable.Range(at + length, n - length).All(k => tokens[k].IsWord && tokens[k].Text.All(char.IsLetter)) && SpellsExpansion(tokens, at, n))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the <paramref name="n"/> words at <paramref name="at"/> spell the expansion of the abbreviation of their initials.</summary>
    private static bool SpellsExpansion(IReadOnlyList<Token> tokens, int at, int n)
    {
        var initials = string.Concat(Enumerable.Range(at, n).Select(k => char.ToUpperInvariant(tokens[k].Text[0])));
        return AbbreviationLexicon.Default.Expand(initials) is { } expansion
            && TextKeys.FoldWords(expansion).SequenceEqual(Enumerable.Range(at, n).Select(k => tokens[k].Key));
    }

    private const int MaxAtPlaceWords = 4;

    /// <summary>End of "tại" + one to four capitalised words at <paramref name="at"/> ("tại Việt Nam", "tại TP Hồ Chí Minh"), or -1.</summary>
    private static int PlaceAfterAt(IReadOnlyList<Token> tokens, int at)
    {
        if (at + 1 >= tokens.Count || !tokens[at].IsWord || tokens[at].Lower != "tại")
        {
            return -1;
        }
        var k = at + 1;
        while (k < tokens.Count && k - at <= MaxAtPlaceWords && tokens[k].IsWord && tokens[k].IsUpperInitial && (k == at + 1 || HeadEnd(tokens, k, out _) < 0))
        {
            k++;
        }
        return k > at + 1 && k - at <= MaxAtPlaceWords ? k : -1;
    }

    /// <summary>End of the head at <paramref name="i"/> (with a standing-body prefix absorbed), or -1.</summary>
    public static int HeadEnd(IReadOnlyList<Token> tokens, int i, out OrgHeadClass cls) => HeadEnd(tokens, i, out cls, allowLowerCase: false);

    /// <summary>
    /// "giữa ủy ban dân tộc tỉnh và công ty cổ phần X", "với trường mầm non A" (extract-gaps class 5): a head written in
    /// lower case where a side stands (sentence or clause start, after "giữa", "với", "và", a comma or "gồm").
    /// </summary>
    private static bool InSideSlot(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].IsWord && !tokens[i].IsUpperInitial && SlotOf(tokens, i) != SideSlot.None;

    /// <summary>
    /// Whether a name at <paramref name="i"/> stands where a side stands, read from the token before it: a clause start,
    /// a comma or colon, "và", "gồm", "với", "cùng", or "giữa" (not after a verb or a role word).
    /// </summary>
    private static SideSlot SlotOf(IReadOnlyList<Token> tokens, int i)
    {
        return i == 0 || tokens[i - 1].Text is "," or ":" or ";" || (tokens[i - 1].IsWord && tokens[i - 1].Lower is "và" or "gồm" or "với" or "cùng" or "giữa")
            ? SideSlot.Side
            : SideSlot.None;
    }

    private static int HeadEnd(IReadOnlyList<Token> tokens, int i, out OrgHeadClass cls, bool allowLowerCase)
    {
        cls = OrgHeadClass.Named;
        var t = tokens[i];
        if (!t.IsWord)
        {
            return -1;
        }
        if (t.IsAbbreviation && OrgHeadLexicon.Default.IsAbbreviationHead(t.Text))
        {
            cls = OrgHeadClass.Complete;
            return i + 1;
        }
        var head = OrgHeadLexicon.Default.Match(tokens, i);
        // Heads are written with a capital; only standing bodies also appear in lower case ("thường trực HĐND").
        if (head is null || (!t.IsUpperInitial && head.Class != OrgHeadClass.Prefix && !allowLowerCase))
        {
            return -1;
        }
        // "Đoàn công tác", "Đoàn đại biểu": a delegation, not a body (written "Đoàn Công tác" too).
        if (head.Words is ["đoàn"] && i + 2 < tokens.Count
            && ((tokens[i + 1].Lower == "công" && tokens[i + 2].Lower == "tác") || (tokens[i + 1].Lower == "đại" && tokens[i + 2].Lower == "biểu")))
        {
            return -1;
        }
        // "Tỉnh ủy viên", "Hội viên": a person, not the body.
        if (i + head.Words.Length < tokens.Count && tokens[i + head.Words.Length].Lower == "viên")
        {
            return -1;
        }
        var end = i + head.Words.Length;
        cls = head.Class;
        if (head.Class == OrgHeadClass.Prefix)
        {
            if (end < tokens.Count && HeadEnd(tokens, end, out var inner) is > 0 and var innerEnd)
            {
                cls = inner;
                return innerEnd;
            }
            return -1;
        }
        if (head.Class == OrgHeadClass.Named && end < tokens.Count && tokens[end].IsWord && !tokens[end].IsUpperInitial
            && NotAfterHead.Contains(tokens[end].Lower) && !IsInvestment(tokens, end)
            // "Công ty công nghệ X", "Trung tâm tổ chức sự kiện Y": the common words ("Hội nghị", "Bộ máy") grow from
            // one-syllable heads; after a longer head the word is a lower-case descriptor (LongHeadDescriptor, class 8).
            && !(RuleSwitch.On("LongHeadDescriptor") && head.Words.Length > 1))
        {
            return -1;
        }
        // "Chính quyền các cấp", "chính quyền cơ sở": the head of a kind of body, named by no one.
        if (CollectiveBodies.Match(tokens, i) is not null)
        {
            return -1;
        }
        // "Cục Sở hữu trí tuệ": "sở hữu" (ownership) is a word, not the head "Sở" ("Hội hữu nghị" keeps its head).
        if (RuleSwitch.On("OwnershipWord") && head.Words is ["sở"] && end < tokens.Count && tokens[end].Lower == "hữu")
        {
            return -1;
        }
        // "Trung đoàn Bộ binh 975" (extract-gaps class 5): a ministry's name is capitalised after "Bộ" ("Bộ Y tế"), so "Bộ"
        // inside a capitalised name and before a lower-case word is a word of that name (an arm of service), not a new head.
        if (RuleSwitch.On("ArmOfService") && head.Words is ["bộ"] && i > 0 && tokens[i - 1].IsUpperInitial
            && end < tokens.Count && tokens[end].IsWord && !tokens[end].IsUpperInitial)
        {
            return -1;
        }
        return end;
    }

    private static bool SameHead(IReadOnlyList<Token> tokens, int i, int headEnd, int pos, int nestedEnd) =>
        headEnd - i == nestedEnd - pos && Enumerable.Range(0, headEnd - i).All(k => tokens[i + k].Key == tokens[pos + k].Key);

    private static bool IsConnector(Token t) => t.Text is "," or ";" or "-" or "–" or "&" || t.Lower is "và" or "với" or "cùng";

    /// <summary>"Giáo dục và Đào tạo", "Thương binh và Xã hội": what follows "và" continues the name.</summary>
    internal static bool JoinsNamePart(IReadOnlyList<Token> tokens, int at)
    {
        if (at >= tokens.Count || !tokens[at].IsWord)
        {
            return false;
        }
        var t = tokens[at];
        if (PersonTitles.StartsAt(tokens, at) > 0)
        {
            return false;
        }
        if (t.IsUpperInitial)
        {
            // "Sở Tài nguyên và MT": a short abbreviation of name words (no head, no place) ends the name it continues.
            var shortPart = RuleSwitch.On("ShortAbbreviationPart") && t.IsAbbreviation && t.Text.Length == 2 && at + 1 < tokens.Count
                && !tokens[at + 1].IsUpperInitial;
            return HeadEnd(tokens, at, out _) < 0 && (!t.IsAbbreviation || shortPart) && AdminPhraseParser.Parse(tokens, at, true) is null
                && !OpensPerson(tokens, at);
        }
        return (OrgWordLexicon.MatchLength(tokens, at) > 0
                // "Trung tâm đào tạo và chuyển giao công nghệ A": a lower-case run after "và" that reaches the name's next word or place.
                || (RuleSwitch.On("AndInLowerRun") && OrgHeadLexicon.Default.Match(tokens, at) is null
                    && NameTail.RunToName(tokens, at, afterHead: false, inLowerPart: true) > 0))
            && AdminPhraseParser.Parse(tokens, at, false) is null;
    }

    private static bool AfterLowerSyllable(IReadOnlyList<Token> tokens, int pos, int headEnd) =>
        RuleSwitch.On("AfterLowerSyllable") && pos > headEnd && tokens[pos - 1].IsWord && !tokens[pos - 1].IsUpperInitial;

    // School levels written without "Trường" that open another school after "và" ("Cao đẳng X"), though their first syllable is a family name.
    private static readonly HashSet<string> SchoolOpeners = WordSetLexicon.Group("school-opener");

    /// <summary>
    /// A family name at <paramref name="at"/> opens a person's name, ending the name before it; "Lâm sản" (a lower-case syllable
    /// after it, <c>FamilyNameBeforeLower</c>) does not, unless it spells a school level that opens another school ("và Cao đẳng X").
    /// </summary>
    private static bool OpensPerson(IReadOnlyList<Token> tokens, int at)
    {
        if (!AdminPhraseParser.IsFamilyName(tokens[at]))
        {
            return false;
        }
        var lowerAfter = at + 1 < tokens.Count && tokens[at + 1].IsWord && !tokens[at + 1].IsUpperInitial;
        return !(RuleSwitch.On("FamilyNameBeforeLower") && lowerAfter
            && !SchoolOpeners.Contains(tokens[at].Lower + " " + tokens[at + 1].Lower));
    }

    /// <summary>"Lao động, Thương binh và Xã hội": after a comma, name words then "và" then name words.</summary>
    private static bool CommaJoinsNamePart(IReadOnlyList<Token> tokens, int at)
    {
        var k = at;
        var words = 0;
        while (k < tokens.Count && tokens[k].IsUpperInitial && !tokens[k].IsAbbreviation && HeadEnd(tokens, k, out _) < 0 && words < 3)
        {
            var first = OrgWordLexicon.MatchLength(tokens, k);
            k += first >= 2 ? first : 1;
            words++;
            // "Lâm nghiệp": the lower-case syllables of the capitalised word count with it (CommaPartTail).
            if (RuleSwitch.On("CommaPartTail") && first < 2 && k < tokens.Count && NameTail.Length(tokens, k) is > 0 and var tail)
            {
                k += tail;
            }
            while (k < tokens.Count && tokens[k].IsWord && !tokens[k].IsUpperInitial && tokens[k].Lower != "và" && OrgWordLexicon.MatchLength(tokens, k) is > 0 and var n)
            {
                k += n;
            }
        }
        return words > 0 && k < tokens.Count && tokens[k].Lower == "và" && JoinsNamePart(tokens, k + 1);
    }

    /// <summary>
    /// A short parenthesis of names, abbreviations or the body's state: "(Viettel)", "(KSQS)", "(Quân khu 5)", "(Hàn Quốc)";
    /// not "(tỉnh Đồi Mây)", a place of the name. The state stays in the name as written; the canonical name leaves a
    /// closing bracket out (TrailingAlias), so a side matches gold written with it or without it.
    /// </summary>
    private static bool TryParenthesis(IReadOnlyList<Token> tokens, int open, out int after)
    {
        after = open;
        for (var k = open + 1; k < tokens.Count && k <= open + 5; k++)
        {
            if (tokens[k].Text == ")")
            {
                if (k == open + 1)
                {
                    return false;
                }
                var inner = TokenSpans.Keys(tokens, open + 1, k);
                // "(BĐBP Đồi Mây)", "(tỉnh Suối Lạnh)": a parent body or place of the name, not part of it.
                if (AdminPhraseParser.Parse(tokens, open + 1, allowCapitalKeyword: true) is not null || tokens[open + 1].Lower is "ảnh" or "nguồn"
                    || AdminUnitLexicon.Default.Find(inner).Count > 0
                    || Enumerable.Range(open + 2, k - open - 2).Any(x => tokens[x].IsUpperInitial && AdminPhraseParser.IsKnownPlace(tokens, x))
                    || (RuleSwitch.On("LongAliasOut") && IsOtherName(tokens, open + 1, k)))
                {
                    return false;
                }
                after = k + 1;
                return true;
            }
            if (!(tokens[k].IsWord || tokens[k].Kind == TokenKind.Number) || !tokens[open + 1].IsUpperInitial)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// "(Suoi May Children Fund)", "(Viện Suối Mây)": three words or more in brackets after a name are the body's other name
    /// or its parent, which gold leaves out; an abbreviation or a short name ("(VNPT)", "(Quân khu 5)") stays.
    /// </summary>
    private static bool IsOtherName(IReadOnlyList<Token> tokens, int from, int to) =>
        Enumerable.Range(from, to - from).Count(x => tokens[x].IsWord) >= 3;

    private static readonly PhraseLexicon<bool> BodyForms = WordSetLexicon.Phrases("body-form");

    /// <summary>"Trường THPT", "Công ty TNHH một thành viên": between the head and <paramref name="to"/> stand only words of the
    /// body's legal form or school level, so the body's own name is still to come.</summary>
    private static bool OnlyBodyForm(IReadOnlyList<Token> tokens, int from, int to)
    {
        var k = from;
        while (k < to && BodyForms.Match(tokens, k) is { } form)
        {
            k += form.Length;
        }
        return k == to && to > from;
    }

    /// <summary>"Hội Sao Mai Việt Nam và Hãng Kestrel": a name that ends in its country is complete; "và" lists the next side.</summary>
    private static bool EndsWithCountry(IReadOnlyList<Token> tokens, int end)
    {
        for (var start = Math.Max(0, end - 3); start < end; start++)
        {
            if (CountryLexicon.Default.Match(tokens, start) is { } c && start + c.Length == end)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Trung tâm X TPHCM và Siêu thị Y", "Sở Z Hà Nội và …": a name that ends in a province or city written without its keyword
    /// is complete, as one ending in a country is; "và" lists the next side even when its head is unknown.
    /// </summary>
    private static bool EndsWithProvince(IReadOnlyList<Token> tokens, int end)
    {
        for (var start = Math.Max(0, end - 4); start < end; start++)
        {
            if (Enumerable.Range(start, end - start).All(k => tokens[k].IsUpperInitial)
                && ProvinceNames.Find(TokenSpans.Words(tokens, start, end)) is not null)
            {
                return true;
            }
        }
        return false;
    }

    private static bool DashBeforeLowerField(IReadOnlyList<Token> tokens, int dash) =>
        tokens[dash - 1].IsWord && tokens[dash + 1].IsWord && RuleSwitch.On("DashInLowerRun")
        && OrgHeadLexicon.Default.Match(tokens, dash + 1) is null;

    private static bool IsCouncil(IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && ((tokens[i].Key == "hoi" && tokens[i + 1].Key == "dong") || (tokens[i].Key == "uy" && tokens[i + 1].Key == "ban"));

    private static int ProperRunEnd(IReadOnlyList<Token> tokens, int at)
    {
        var k = at;
        while (k < tokens.Count && k < at + 3 && tokens[k].IsUpperInitial)
        {
            k++;
        }
        return k;
    }
}
