using Extraction.Extract.Lexicons;
using Extraction.Extract.Parties;
using Extraction.Extract.People;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Detection;

/// <summary>
/// "Công ty A và hãng B vừa ký kết hợp đồng vận chuyển …", "Công ty A vừa ký hợp đồng với Tập đoàn B": a contract is an
/// agreement when two named bodies are its sides. "hợp đồng" stays another document otherwise: a person's job or
/// lease, a firm hiring, a contract owed (docs/decisions.md: read as an agreement everywhere it lost).
/// </summary>
internal static partial class SigningClauseFinder
{
    private static readonly PhraseLexicon<string> ContractSideHeads = SigningCueLexicon.Phrases("contract-side");

    private static readonly PhraseLexicon<string> Contract = SigningCueLexicon.Phrases("contract");

    /// <summary>Whether the contract noun ("hợp đồng") stands at <paramref name="at"/>: asked by the plain one-sided report too.</summary>
    internal static bool IsContractAt(IReadOnlyList<Token> tokens, int at) => At(Contract, tokens, at);

    /// <summary>Words between the subject and the verb: "đã", "vừa", "cùng", "chính thức".</summary>
    private static readonly HashSet<string> AspectWords = SigningCueLexicon.Words("aspect");

    /// <summary>The words of the verb's subject, read back from the verb to its clause's start (";", ":").</summary>
    internal static (int Start, int End) SubjectSpan(IReadOnlyList<Token> tokens, int verb) => SubjectSpan(tokens, verb, ClauseStart(tokens, verb));

    /// <summary>The words of the clause's subject: back from the verb, past aspect words, to the last comma or colon.</summary>
    private static (int Start, int End) SubjectSpan(IReadOnlyList<Token> tokens, int verb, int clauseStart)
    {
        var end = verb;
        while (end > clauseStart && tokens[end - 1].IsWord && AspectWords.Contains(tokens[end - 1].Lower))
        {
            end--;
        }
        var start = end;
        while (start > clauseStart && (tokens[start - 1].Text is not ("," or ";" or ":" or "-" or "–")
            || (RuleSwitch.On("HyphenInName") && HyphenInName(tokens, start - 1, clauseStart))))
        {
            start--;
        }
        return (start, end);
    }

    /// <summary>
    /// "Tập đoàn Công nghiệp Than - Khoáng sản A", "Sở Tài nguyên - Môi trường B" (extract-gaps class 18): a dash
    /// between a word of a name an organisation head opens and a capitalised word joins the name; a dash after a bracket,
    /// a dateline ("ĐỒI CÁT -") or a place with no head before it ("Suối Mây - Sáng qua, …") ends the subject.
    /// </summary>
    private static bool HyphenInName(IReadOnlyList<Token> tokens, int dash, int clauseStart)
    {
        if (tokens[dash].Text is not ("-" or "–") || dash + 1 >= tokens.Count || !tokens[dash + 1].IsUpperInitial || dash - 1 < clauseStart
            || tokens[dash - 1] is not { IsWord: true } before || !before.Text.All(char.IsLetter) || before.Text.All(char.IsUpper))
        {
            return false;
        }
        for (var k = dash - 1; k >= clauseStart && tokens[k].IsWord && tokens[k].Lower is not ("và" or "với"); k--)
        {
            if (HeadLength(tokens, k) is not null)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly TokenWordSet VerbAdverbs = new("verb-adverb");

    private static bool ContractBetweenBodies(IReadOnlyList<Token> tokens, int verb, int verbEnd, int clauseStart, bool sidesNamedBefore)
    {
        // "ký thêm hợp đồng …": an adverb may follow the verb (AdverbBeforeContract).
        var objectAt = verbEnd < tokens.Count && RuleSwitch.On("AdverbBeforeContract") && VerbAdverbs.Has(tokens[verbEnd]) ? verbEnd + 1 : verbEnd;
        // "ký hai hợp đồng …", "ký các hợp đồng …": a count or a plural mark may stand before the contract noun.
        var contractAt = objectAt < tokens.Count && RuleSwitch.On("CountedContract") && NumberWords.IsCountOrPlural(tokens[objectAt])
            ? objectAt + 1
            : objectAt;
        if (!At(Contract, tokens, contractAt))
        {
            return RuleSwitch.On("ContractAfterPartner") && ContractAfterPartner(tokens, verb, verbEnd, clauseStart);
        }
        var (start, end) = SubjectSpan(tokens, verb, clauseStart);
        var and = -1;
        for (var k = start; k < end; k++)
        {
            if (tokens[k].IsWord && tokens[k].Lower == "và")
            {
                if (and >= 0)
                {
                    return RuleSwitch.On("InnerAndSubject") && TwoNamesWithInnerAnd(tokens, start, end);
                }
                and = k;
            }
        }
        // AndInsideName: the subject is one body whose partner follows "với" when its "và" joins two predicates ("Công ty A
        // tổ chức hội thảo và ký hợp đồng với …": the "và" right before the verb) or two words of its name ("Công ty Sữa và
        // Thực phẩm A", extract-gaps class 19: no head, count or person after it, and a capitalised word further on).
        // "và các bệnh viện", "và ông B", "và sinh viên" still join two sides.
        if (and >= 0 && RuleSwitch.On("AndInsideName") && and + 1 == end)
        {
            end = and;
        }
        else if (and >= 0 && (!RuleSwitch.On("AndInsideName") || !NameGoesOnAfterAnd(tokens, and, end)))
        {
            return IsNamedBody(tokens, start, and) && IsNamedBody(tokens, and + 1, end);
        }
        if (!IsNamedBody(tokens, start, end))
        {
            // "Ngày 5-6, đại diện hai bên đã ký Hợp đồng mua bán điện" after a sentence naming both bodies (class 11).
            return sidesNamedBefore && RuleSwitch.On("GroupContractSubject") && IsGroupSubject(tokens, start, end);
        }
        // One body as the subject: the other after "với" in the clause ("ký hợp đồng … với Tập đoàn B"), past an object as long
        // as a contract's noun phrase may be ("hợp đồng xuất khẩu 2.000 tấn cà phê và 500 tấn hạt tiêu với …", LongContractObject).
        var reach = RuleSwitch.On("LongContractObject") ? MaxContractPhrase : MaxContractWords;
        for (var k = contractAt + 2; k < tokens.Count && k < contractAt + reach && !EndsContractPhrase(tokens, k); k++)
        {
            if (tokens[k].IsWord && tokens[k].Lower == "với")
            {
                return IsNamedBody(tokens, k + 1, NameStop(tokens, k + 1)) || (RuleSwitch.On("CollectivePartner") && MembersNamed(tokens, k + 1));
            }
            // "ký hợp đồng tín dụng cho Công ty B vay …", "… cung cấp thiết bị cho Công ty B": the body the contract is for is
            // its other side (ContractFor); any other "cho" is passed.
            if (tokens[k].IsWord && tokens[k].Lower == "cho" && RuleSwitch.On("ContractFor") && IsNamedBody(tokens, k + 1, NameStop(tokens, k + 1)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "với nhóm ngân hàng gồm Ngân hàng A, Ngân hàng B …", "với 3 hợp tác xã: HTX A, …" (extract-gaps class 4): a partner
    /// described in lower-case words (the description the party finder reads before a collective's members) whose members
    /// "gồm" or a colon then names.
    /// </summary>
    private static bool MembersNamed(IReadOnlyList<Token> tokens, int from)
    {
        if (PartyFinder.CollectiveIntroEnd(tokens, from) is not (> 0 and var intro) || SharedHeadList.ListOpen(tokens, intro, intro + 1) is not (>= 0 and var start))
        {
            return false;
        }
        var stop = start;
        while (stop < tokens.Count && stop < start + 10 && tokens[stop].IsWord)
        {
            stop++;
        }
        return IsNamedBody(tokens, start, stop);
    }

    /// <summary>
    /// "Công ty A vừa ký kết với Công ty B 2 bản hợp đồng cung cấp thiết bị": the partner named right after the verb and the
    /// contract after it, counted or not; both sides named bodies.
    /// </summary>
    private static bool ContractAfterPartner(IReadOnlyList<Token> tokens, int verb, int verbEnd, int clauseStart)
    {
        if (verbEnd >= tokens.Count || !tokens[verbEnd].IsWord || tokens[verbEnd].Lower != "với")
        {
            return false;
        }
        var (start, end) = SubjectSpan(tokens, verb, clauseStart);
        if (!IsNamedBody(tokens, start, end))
        {
            return false;
        }
        for (var k = verbEnd + 2; k < tokens.Count && k < verbEnd + MaxContractWords && !EndsContractPhrase(tokens, k); k++)
        {
            if (!At(Contract, tokens, k))
            {
                continue;
            }
            var partnerEnd = k;
            while (partnerEnd > verbEnd + 1 && WordSetLexicon.DocumentUnits.Has(tokens[partnerEnd - 1]))
            {
                partnerEnd--;
            }
            if (partnerEnd > verbEnd + 1 && NumberWords.IsCount(tokens[partnerEnd - 1]))
            {
                partnerEnd--;
            }
            return IsNamedBody(tokens, verbEnd + 1, partnerEnd);
        }
        return false;
    }

    /// <summary>A sentence end, ";" or a comma ends a contract's noun phrase; the comma of "2,5 triệu" does not (DecimalComma).</summary>
    internal static bool EndsContractPhrase(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Text is "." or ";" or "," && !NumberWords.IsDecimalComma(tokens, k) && !(RuleSwitch.On("ActivityComma") && IsActivityComma(tokens, k));

    /// <summary>
    /// "hợp đồng thu gom, vận chuyển rác thải với …", "hợp đồng ủy quyền thu bảo hiểm xã hội tự nguyện, bảo hiểm y tế với …": a
    /// comma between two lower-case words, the second opening no clause, lists the object's activities inside the phrase.
    /// </summary>
    private static bool IsActivityComma(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Text == "," && k > 0 && k + 1 < tokens.Count
        && tokens[k - 1] is { IsWord: true, IsUpperInitial: false } && tokens[k + 1] is { IsWord: true, IsUpperInitial: false } next
        && !NameCueLexicon.ClauseOpeners.Contains(next.Lower) && !NumberWords.IsCount(next);

    // How many words a side's name may take between "giữa", "và" and what ends it.
    /// <summary>How far after the verb a contract's noun and its partner are looked for (PartyFinder's "cho" reads it too).</summary>
    internal const int MaxContractWords = 14;

    // How far before a passive verb the contract's noun phrase may open: a long object and the "giữa" group inside it.
    private const int MaxContractPhrase = 3 * MaxContractWords;

    // Words that may stand before "hợp đồng" opening the clause ("Một hợp đồng …", "Bản hợp đồng …").
    private static readonly HashSet<string> ContractDeterminers = SigningCueLexicon.Words("contract-determiner");

    // What may follow a passive contract's sides to the sentence's end: the day, the place, the value.
    private static readonly HashSet<string> ReportTailWords = SigningCueLexicon.Words("report-tail");

    /// <summary>
    /// "Hợp đồng thi công cầu X đã được ký giữa Ban Quản lý dự án A và Công ty B", "Hợp đồng … giữa A và B đã được ký kết
    /// hôm qua": the clause opens with the contract (after a time phrase at most), the verb is passive, and a "giữa" group
    /// of two named bodies stands in the contract's noun phrase or right after the verb. Only the day, the place and the
    /// value may follow to the sentence's end: "… được ký kết giữa A và B không có giá trị pháp lý" tells a court's view.
    /// </summary>
    private static bool PassiveContractBetweenBodies(IReadOnlyList<Token> tokens, int verb, int verbEnd, int clauseStart)
    {
        var (start, _) = SubjectSpan(tokens, verb, clauseStart);
        if (start < verb && tokens[start].IsWord && ContractDeterminers.Contains(tokens[start].Lower))
        {
            start++;
        }
        if (!At(Contract, tokens, start) || verb - start > MaxContractPhrase)
        {
            return false;
        }
        // "giữa" inside the noun phrase, or within the few words after the verb ("đã được ký kết hôm qua giữa …").
        for (var k = start + 1; k < tokens.Count && k < verbEnd + 4; k++)
        {
            if (k >= verb && k < verbEnd)
            {
                continue;
            }
            if (tokens[k].Text is "." or ";")
            {
                return false;
            }
            if (!tokens[k].IsWord || tokens[k].Lower != "giữa")
            {
                continue;
            }
            var and = k + 1;
            while (and < tokens.Count && and < k + MaxContractWords && !(tokens[and].IsWord && tokens[and].Lower is "và" or "với"))
            {
                and++;
            }
            var stop = and + 1;
            while (stop < tokens.Count && stop < and + MaxContractWords && stop != verb && tokens[stop].Text is not ("," or "." or ";" or "("))
            {
                stop++;
            }
            return and < tokens.Count && IsNamedBody(tokens, k + 1, and) && IsNamedBody(tokens, and + 1, stop)
                && OnlyReportTail(tokens, Math.Max(stop, verbEnd));
        }
        return false;
    }

    /// <summary>From <paramref name="from"/> to the sentence's end only a bracket, the day, the place ("tại Hà Nội") and the value.</summary>
    private static bool OnlyReportTail(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && tokens[k].Text is not ("." or ";" or "!" or "?"); k++)
        {
            var t = tokens[k];
            if (t.IsWord && !t.IsUpperInitial && !t.IsAbbreviation && !ReportTailWords.Contains(t.Lower))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "Ngân hàng Đầu tư và Phát triển A và Công ty B ký hợp đồng": a subject with more than one "và" is two named bodies when
    /// the name grammar reads the first name through its own "và" and the "và" right after it joins the second, which reaches
    /// the verb (InnerAndSubject, extract-gaps class 19).
    /// </summary>
    private static bool TwoNamesWithInnerAnd(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (OrgNameGrammar.Parse(tokens, start) is not { } first || first.End + 1 >= end || tokens[first.End].Lower != "và"
            || OrgNameGrammar.Parse(tokens, first.End + 1) is not { } second || second.End != end)
        {
            return false;
        }
        return IsNamedBody(tokens, start, first.End) && IsNamedBody(tokens, first.End + 1, end);
    }

    /// <summary>Whether the words after "và" up to <paramref name="end"/> go on with the name it stands in (AndInsideName).</summary>
    private static bool NameGoesOnAfterAnd(IReadOnlyList<Token> tokens, int and, int end)
    {
        var next = and + 1;
        return tokens[next].IsWord && HeadLength(tokens, next) is null && !SharedHeadList.IsCount(tokens[next])
            && PersonTitles.StartsAt(tokens, next) <= 0
            && Enumerable.Range(next, end - next).Any(k => tokens[k].IsUpperInitial);
    }

    /// <summary>
    /// How many words the organisation head at <paramref name="start"/> takes, or null. "UBND tỉnh X", "HTX Dịch vụ Y": an
    /// abbreviation of a head counts as the head (`AbbreviationContractSide`).
    /// </summary>
    private static int? HeadLength(IReadOnlyList<Token> tokens, int start) =>
        start >= tokens.Count || !tokens[start].IsWord ? null
        : OrgHeadLexicon.Default.Match(tokens, start)?.Words.Length
            ?? ContractSideHeads.Match(tokens, start)?.Length
            ?? (RuleSwitch.On("AbbreviationContractSide") && tokens[start].IsAbbreviation && OrgHeadLexicon.Default.IsAbbreviationHead(tokens[start].Text) ? 1 : null);

    /// <summary>[start, end) is "hai bên", "đại diện hai đơn vị": two sides called by a group noun.</summary>
    private static bool IsGroupSubject(IReadOnlyList<Token> tokens, int start, int end)
    {
        var k = start + (WordSetLexicon.Envoys.Match(tokens, start)?.Length ?? 0);
        return k < end && TwoSidesAt(tokens, k) is { } length && k + length == end;
    }

    /// <summary>Whether a sentence says "hai bên", "hai đơn vị" anywhere: only then is the sentence before worth reading.</summary>
    internal static bool CallsTwoSides(IReadOnlyList<Token> tokens) =>
        Enumerable.Range(0, tokens.Count).Any(k => TwoSidesAt(tokens, k) is not null);

    /// <summary>The length of "hai bên", "2 đơn vị" at <paramref name="k"/>: the count two and a group noun; null elsewhere.</summary>
    private static int? TwoSidesAt(IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && NumberWords.Count(tokens[k]) == 2 && WordSetLexicon.GroupNouns.Match(tokens, k + 1) is { } noun ? 1 + noun.Length : null;

    /// <summary>Whether a sentence names two bodies: two organisation heads each followed by a capitalised name word.</summary>
    internal static bool NamesTwoBodies(IReadOnlyList<Token> tokens)
    {
        var found = 0;
        for (var k = 0; k + 1 < tokens.Count && found < 2; k++)
        {
            if (tokens[k].IsUpperInitial && HeadLength(tokens, k) is int length && IsNamedBody(tokens, k, Math.Min(tokens.Count, k + length + 3)))
            {
                found++;
                k += length;
            }
        }
        return found == 2;
    }

    /// <summary>Where the words of a side named at <paramref name="start"/> end: at most nine words, up to a purpose word.</summary>
    private static int NameStop(IReadOnlyList<Token> tokens, int start)
    {
        var stop = start;
        while (stop < tokens.Count && stop < start + 9 && tokens[stop].IsWord && !WordSetLexicon.PartnerEnd.Has(tokens[stop]))
        {
            stop++;
        }
        return stop;
    }

    /// <summary>[start, end) opens with an organisation head and names it with a capitalised word after the head.</summary>
    private static bool IsNamedBody(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (end - start < 2 || !tokens[start].IsWord)
        {
            return false;
        }
        if (HeadLength(tokens, start) is not int length)
        {
            return false;
        }
        for (var k = start + length; k < end; k++)
        {
            if (tokens[k].IsUpperInitial)
            {
                return true;
            }
        }
        // "với Bảo hiểm xã hội tỉnh", "Trung tâm Y tế huyện ký hợp đồng": a head placed by a bare level word is the body of
        // the article's place, as named as a proper name makes it.
        return RuleSwitch.On("PlacedContractSide") && start + length < end
            && AdminPhraseParser.Parse(tokens, start + length, allowCapitalKeyword: false) is { IsBare: true } place && place.End == end;
    }
}
