using Extraction.Extract.Lexicons;
using Extraction.Extract.Text;

namespace Extraction.Extract.Detection;

/// <summary>
/// Finds, in one sentence, the verbs "ký"/"ký kết" that report a signing which happened:
/// not plans ("sẽ ký"), not background ("sau khi ký kết", "Quy chế đã ký kết"), not other
/// documents ("ký quyết định"), not other senses ("đăng ký", "chữ ký", "thư ký").
/// </summary>
internal static partial class SigningClauseFinder
{
    // Words that make "ký" part of another word: đăng ký, chữ ký; ký túc xá, ký ức.
    private static readonly HashSet<string> NotVerbBefore = SigningCueLexicon.Words("not-verb-before");

    private static readonly HashSet<string> NotVerbAfter = SigningCueLexicon.Words("not-verb-after");

    private static readonly PhraseLexicon<string> PlanMarkers = SigningCueLexicon.Phrases("plan");

    private static readonly PhraseLexicon<string> BackgroundMarkers = SigningCueLexicon.Phrases("background");

    private static readonly PhraseLexicon<string> HistoryMarkers = SigningCueLexicon.Phrases("history");

    private static readonly PhraseLexicon<string> IntentMarkers = SigningCueLexicon.Phrases("intent");

    private static readonly PhraseLexicon<string> AbilityMarkers = SigningCueLexicon.Phrases("ability");

    private static readonly PhraseLexicon<string> BackgroundOpeners = SigningCueLexicon.Phrases("background-opener");

    private static readonly PhraseLexicon<string> PhraseOpeners = SigningCueLexicon.Phrases("phrase-opener");

    private static readonly PhraseLexicon<string> OtherDocuments = SigningCueLexicon.Phrases("other-document");

    private static readonly PhraseLexicon<string> AgreementPhrases = SigningCueLexicon.Phrases("agreement");

    private static readonly HashSet<string> CeremonyBefore = SigningCueLexicon.Words("ceremony-before");

    private static readonly PhraseLexicon<string> Unsigned = SigningCueLexicon.Phrases("unsigned");

    private static readonly HashSet<string> RatificationWords = SigningCueLexicon.Words("ratification");

    private static readonly PhraseLexicon<string> KindStartPhrases = SigningCueLexicon.Phrases("kind-start");

    private static readonly PhraseLexicon<string> Issuing = SigningCueLexicon.Phrases("issuing");

    private static readonly PhraseLexicon<string> ObjectSkip = SigningCueLexicon.Phrases("object-skip");

    private static readonly PhraseLexicon<string> JointContract = SigningCueLexicon.Phrases("joint-contract");

    private static readonly PhraseLexicon<string> SinceYear = SigningCueLexicon.Phrases("since-year");

    private static readonly PhraseLexicon<string> Dated = SigningCueLexicon.Phrases("dated");

    private static readonly PhraseLexicon<string> PlanOpeners = SigningCueLexicon.Phrases("plan-opener");

    private static readonly PhraseLexicon<string> Preparing = SigningCueLexicon.Phrases("preparing");

    private static readonly PhraseLexicon<string> Staging = SigningCueLexicon.Phrases("staging");

    private static readonly PhraseLexicon<string> FutureMarkers = SigningCueLexicon.Phrases("future-marker");

    // Words after the verb that announce the ceremony instead of reporting it, the plain ones and the expected ones.
    private static readonly PhraseLexicon<string> AnnouncedAfter = SigningCueLexicon.Phrases("announced-after");

    private static readonly PhraseLexicon<string> ExpectedAfter = SigningCueLexicon.Phrases("expected-after");

    /// <summary>How many words before the verb a ceremony still being prepared is looked for (PreparedCeremony).</summary>
    private const int PreparingWindow = 12;

    /// <summary>
    /// Real sentences hold one to three signing verbs; each judgement looks across the sentence, so a run-on of
    /// thousands ("ký kết với" repeated) would cost the square of its length. The first ones are judged.
    /// </summary>
    private const int MaxVerbsPerSentence = 16;

    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="sidesNamedBefore">The sentence before names two bodies, which "hai bên" may stand for as a contract's sides.</param>
    public static List<SigningClause> Find(IReadOnlyList<Token> tokens, bool sidesNamedBefore = false)
    {
        var result = new List<SigningClause>();
        foreach (var (verb, verbEnd) in Verbs(tokens).Take(MaxVerbsPerSentence))
        {
            // "A ký chương trình với B; C ký kết với D": a later verb whose object is left out, right before its "với" partner,
            // signs the same sort of document as the signing before it in the sentence (extract-gaps class 2).
            var elided = result.Count > 0 && verbEnd < tokens.Count && tokens[verbEnd].Lower == "với" && RuleSwitch.On("ElidedObject");
            if (Judge(tokens, verb, verbEnd, sidesNamedBefore, elided) is { } clause)
            {
                result.Add(clause);
            }
        }
        return result;
    }

    /// <summary>The verb tokens [verb, verbEnd) of "ký"/"ký kết" in the sentence, before any judgement.</summary>
    public static IEnumerable<(int Verb, int VerbEnd)> Verbs(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || (t.Lower != "ký" && t.Lower != "kí"))
            {
                continue;
            }
            if (i > 0 && tokens[i - 1].IsWord && NotVerbBefore.Contains(tokens[i - 1].Lower))
            {
                continue;
            }
            var end = i + 1;
            if (end < tokens.Count && tokens[end].Is("kết"))
            {
                end++;
            }
            else if (end < tokens.Count && tokens[end].IsWord && NotVerbAfter.Contains(tokens[end].Lower))
            {
                continue;
            }
            yield return (i, end);
        }
    }

    private static readonly HashSet<string> CeremonyAsideWords = WordSetLexicon.Group("ceremony-aside");

    /// <summary>
    /// "Sau lễ ký, đại diện A làm việc với B …", "Đại sứ X, dự lễ ký, cho biết …" (extract-gaps class 6): the ceremony named,
    /// set off by a comma, as the time of something else or as what a person attended. The page reports the signing
    /// elsewhere when it does at all; the detection step drops such a clause only where another one stands (CeremonyAside).
    /// </summary>
    public static bool IsCeremonyAside(IReadOnlyList<Token> tokens, SigningClause clause) =>
        clause.VerbToken >= 2 && clause.VerbEndToken < tokens.Count && tokens[clause.VerbEndToken].Text == ","
        && WordBefore(tokens, clause.VerbToken, 1) == "lễ" && CeremonyAsideWords.Contains(WordBefore(tokens, clause.VerbToken, 2) ?? "");

    private static SigningClause? Judge(IReadOnlyList<Token> tokens, int verb, int verbEnd, bool sidesNamedBefore = false, bool objectElided = false)
    {
        var clauseStart = ClauseStart(tokens, verb);
        if (HasBefore(tokens, verb, clauseStart, 4, PlanMarkers) || HasBefore(tokens, verb, clauseStart, 6, BackgroundMarkers)
            || FutureInSentence(tokens, verb) || (RuleSwitch.On("FutureCeremonyAfter") && FutureCeremonyAfter(tokens, verbEnd)))
        {
            return null;
        }
        if ((RuleSwitch.On("History") && IsHistory(tokens, verb, verbEnd, clauseStart))
            || (RuleSwitch.On("Intent") && HasBefore(tokens, verb, clauseStart, 8, IntentMarkers))
            // "Để hai chính phủ có thể ký kết Hiệp định khung …", "mới có thể ký": the signing is possible, not done.
            || (RuleSwitch.On("AbleToSign") && HasBefore(tokens, verb, clauseStart, 3, AbilityMarkers)))
        {
            return null;
        }
        if ((RuleSwitch.On("SigningTopic") && IsSigningTopic(tokens, verb, verbEnd, clauseStart))
            || (RuleSwitch.On("EarlierOpener") && IsEarlierContext(tokens, verb, clauseStart))
            || (RuleSwitch.On("IssuedAlone") && IsIssuedAlone(tokens, verb, verbEnd, clauseStart))
            || (RuleSwitch.On("AgreementSubject") && IsAgreementSubjectMention(tokens, verb, verbEnd, clauseStart))
            || (RuleSwitch.On("Urged") && IsUrged(tokens, verb, clauseStart))
            || (RuleSwitch.On("CarriedOutSigned") && IsCarriedOutObject(tokens, verb, clauseStart)))
        {
            return null;
        }
        // "hoàn thiện các thủ tục để ký kết …": a signing that is the purpose of something else is still to come.
        if (RuleSwitch.On("PurposeVerb") && PurposeBefore(tokens, verb, overStaging: RuleSwitch.On("PurposeCeremony")))
        {
            return null;
        }
        // "chuẩn bị chu đáo cho lễ ký kết …": a ceremony being prepared has not been held.
        if (RuleSwitch.On("PreparedCeremony")
            && NotDoneBefore(tokens, verb, Math.Max(clauseStart + 1, verb - PreparingWindow), k => Preparing.StartEndingBefore(tokens, k + 1) >= 0))
        {
            return null;
        }
        // "10 năm ký Hiệp định", "mà Việt Nam đã ký": an anniversary or a relative clause about an old signing.
        if (WordBefore(tokens, verb, 1) == "năm" && tokens[verb - 2].Kind == TokenKind.Number || Within(tokens, verb, 5, "mà"))
        {
            return null;
        }
        // "quyết định (số 123 ký ngày 4/5/2001)", "hợp đồng số 57 ký ngày …": a text cited by its number (class 6/7).
        if (RuleSwitch.On("NumberedCitation") && CitedByNumber(tokens, verb, clauseStart))
        {
            return null;
        }
        // "ký ban hành Quy chế …": an official issuing a text; "… ký năm 2001": a dated reference to an old signing.
        if ((verbEnd - verb == 1 && At(Issuing, tokens, verbEnd))
            || (At(Dated, tokens, verbEnd) && verbEnd + 1 < tokens.Count && tokens[verbEnd + 1].Kind == TokenKind.Number))
        {
            return null;
        }
        // "Việc ký kết là bước cụ thể hóa chương trình giữa A và B" (extract-gaps class 6): a noun use of the verb with no
        // object of its own speaks about a signing; the "giữa" after it names a cited programme's sides.
        if (RuleSwitch.On("NounUse") && verb > 0 && WordSetLexicon.NounUse.Has(tokens[verb - 1]) && verbEnd < tokens.Count
            && tokens[verbEnd].IsWord && !tokens[verbEnd].IsUpperInitial && tokens[verbEnd].Lower is not ("thỏa" or "thoả" or "bản" or "biên" or "chương" or "kế" or "quy" or "hợp" or "các" or "giữa" or "với"))
        {
            return null;
        }
        // "thực hiện ký phối hợp": a routine or directive, not a reported ceremony.
        if (verbEnd - verb == 1 && WordBefore(tokens, verb, 1) == "hiện" && WordBefore(tokens, verb, 2) == "thực")
        {
            return null;
        }
        if (RuleSwitch.On("NounPhraseSigning") && InOpeningNounPhrase(tokens, verb, clauseStart))
        {
            return null;
        }
        // "Lễ ký kết … đã phải hoãn lại", "hoàn thiện dự thảo trước khi … ký kết": a signing put off or still a draft is not
        // reported (PostponedSigning, class 7).
        if (RuleSwitch.On("PostponedSigning") && HasPhrase(Unsigned, tokens))
        {
            return null;
        }
        var passive = WordBefore(tokens, verb, 1) == "được" || WordBefore(tokens, verb, 2) == "được";
        // "Theo Hiệp định … vừa được ký bởi A và B ngày 5/3, …": a signing just done is reported even in the background
        // phrase that applies it (extract-gaps class 16).
        var justSigned = RuleSwitch.On("JustSignedInBackground") && passive
            && (WordBefore(tokens, verb, 2) == "vừa" || (WordBefore(tokens, verb, 2) == "được" && WordBefore(tokens, verb, 3) == "vừa"));
        if (passive && !justSigned && (StartsWith(tokens, 0, BackgroundOpeners) || HasWord(tokens, RatificationWords, "chuẩn", "lực")))
        {
            return null;
        }
        var contract = RuleSwitch.On("ContractBetweenBodies") && ContractBetweenBodies(tokens, verb, verbEnd, clauseStart, sidesNamedBefore);
        // "Hợp đồng xây dựng … đã được ký kết giữa Ban Quản lý dự án A và Công ty B": the contract told in the passive.
        var passiveContract = !contract && passive && RuleSwitch.On("PassiveContract") && PassiveContractBetweenBodies(tokens, verb, verbEnd, clauseStart);
        contract |= passiveContract;
        if (!contract && ObjectIsOtherDocument(tokens, verbEnd))
        {
            return null;
        }
        if (!passiveContract && RuleSwitch.On("RelativeClauseAfterKind") && IsRelativeClauseAfterKind(tokens, verb, clauseStart)
            && !(passive && RuleSwitch.On("PassiveDayPredicate") && DayFollows(tokens, verbEnd)))
        {
            return null;
        }
        var before = WordBefore(tokens, verb, 1);
        var ceremony = CeremonyNounBefore(tokens, verb, companion: ("hội", "nghị"));
        // "hai bên thống nhất ký kết 5 nhóm việc": both sides signing is an agreement whatever it is called.
        // "… phổ biến quy chế …: hai cán bộ cùng ký giấy thi": an agreement word in another clause of the sentence is not what
        // this verb signs (AgreementInClause).
        var agreementWord = contract || objectElided || HasPhrase(AgreementPhrases, tokens, RuleSwitch.On("AgreementInClause") ? AgreementClauseStart(tokens, verb) : 0) || BothSides(tokens, verb);
        // "hai bên đã ký 4 văn kiện", "ký các văn kiện sau:": counted state documents are agreements, named in a list after.
        agreementWord |= RuleSwitch.On("CountedDocuments") && CountedDocuments(tokens, verbEnd);
        if (!agreementWord && !ceremony)
        {
            return null;
        }
        var strong = ceremony || (before is not null && CeremonyBefore.Contains(before)) || verbEnd - verb == 2;
        return new SigningClause(verb, verbEnd, ceremony, strong);
    }

    private static readonly PhraseLexicon<bool> CountedDocumentNouns = WordSetLexicon.Phrases("counted-document");

    /// <summary>The verb's object is a count or "các"/"những" before a noun of state documents ("4 văn kiện").</summary>
    private static bool CountedDocuments(IReadOnlyList<Token> tokens, int verbEnd) =>
        verbEnd + 1 < tokens.Count && NumberWords.IsCountOrPlural(tokens[verbEnd])
        && CountedDocumentNouns.Match(tokens, verbEnd + 1) is not null;

    /// <summary>
    /// A history marker in the clause, before the verb (commas included: "Đến nay, tỉnh đã ký …") or within a few
    /// words after it ("ký từ lâu", "ký … từ năm 2001"); "từ năm X đến Y" is a period, not history.
    /// </summary>
    private static bool IsHistory(IReadOnlyList<Token> tokens, int verb, int verbEnd, int clauseStart)
    {
        var end = verbEnd;
        while (end < tokens.Count && end < verbEnd + 12 && tokens[end].Text is not (";" or "." or ":"))
        {
            end++;
        }
        for (var k = clauseStart; k < end; k++)
        {
            if (k >= verb && k < verbEnd)
            {
                continue;
            }
            if (At(HistoryMarkers, tokens, k))
            {
                return true;
            }
            if (k > verb && At(SinceYear, tokens, k) && k + 2 < tokens.Count && tokens[k + 2].Kind == TokenKind.Number
                && !PeriodFollows(tokens, k + 3) && WordBefore(tokens, k, 1) != "đoạn")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Theo thỏa thuận ký ngày 12-9 giữa A và B, …", "Theo văn bản ký kết, …" (extract-gaps class 16): the verb sits in a
    /// noun phrase opened by "Theo"/"Căn cứ"/"Thực hiện" at the start of the clause, a few words before it with no comma
    /// between; the sentence speaks of what was signed, it does not report the signing.
    /// </summary>
    private static bool InOpeningNounPhrase(IReadOnlyList<Token> tokens, int verb, int clauseStart)
    {
        var at = clauseStart;
        while (at < verb && tokens[at].Kind == TokenKind.Punct)
        {
            at++;
        }
        var opener = PhraseOpeners.Match(tokens, at);
        var head = at + (opener?.Length ?? 0);
        // "Theo đó hai bên ký kết …": "đó" points back, a subject follows; the sentence reports.
        if (opener is null || verb - head is < 1 or > 5 || tokens[head].Lower is "đó" or "đấy")
        {
            return false;
        }
        for (var k = head; k < verb; k++)
        {
            if (tokens[k].Kind == TokenKind.Punct)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "số 123 ký ngày …", "số 12/2004/QĐ-UB ký …": the words right before the verb are a document's number after "số",
    /// so the verb dates a cited text; a report names its document after the verb, not a number before it.
    /// </summary>
    private static bool CitedByNumber(IReadOnlyList<Token> tokens, int verb, int clauseStart)
    {
        var k = verb - 1;
        while (k >= clauseStart && tokens[k].IsWord && tokens[k].Lower is "đã" or "được")
        {
            k--;
        }
        var number = false;
        for (var steps = 0; k >= clauseStart && steps < 8; k--, steps++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Number)
            {
                number = true;
            }
            else if (t.IsWord && t.Lower == "số")
            {
                return number && !(RuleSwitch.On("NumberedUnit") && UnitNamedBefore(tokens, k, clauseStart));
            }
            else if (!(t.Text is "/" or "-" or "–" or "." || (t.IsWord && t.Text.Any(char.IsDigit)) || (t.IsWord && t.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)))))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Words of a body's name before "số" in it.</summary>
    private const int MaxUnitNameWords = 6;

    /// <summary>
    /// "Đội Quản lý thị trường số 3", "Trường Tiểu học số 2": the number before the verb ends the name of a body whose head
    /// opens the words right before "số" at <paramref name="so"/>; a cited text's number follows a document word instead.
    /// </summary>
    private static bool UnitNamedBefore(IReadOnlyList<Token> tokens, int so, int clauseStart)
    {
        for (var k = so - 1; k >= clauseStart && so - k <= MaxUnitNameWords && tokens[k].IsWord; k--)
        {
            if (tokens[k].IsUpperInitial && OrgHeadLexicon.Default.Match(tokens, k) is { } head && k + head.Words.Length <= so)
            {
                return true;
            }
        }
        return false;
    }

    private static bool PeriodFollows(IReadOnlyList<Token> tokens, int at) =>
        Enumerable.Range(at, 3).Any(k => k < tokens.Count && (tokens[k].Text is "-" or "–" || tokens[k].Lower is "đến" or "tới"));

    /// <summary>"sẽ"/"dự kiến" anywhere earlier in the sentence with no "đã"/"vừa" between: the signing is to come.</summary>
    private static bool FutureInSentence(IReadOnlyList<Token> tokens, int verb)
    {
        // "Theo kế hoạch, sáng 5/4, … tổ chức lễ ký …": a sentence opened by the plan tells what is to come.
        var planComma = RuleSwitch.On("PlanOpening") && PlanOpeners.Match(tokens, 0) is { Length: var n } && n < tokens.Count && tokens[n].Text == "," ? n : -1;
        return NotDoneBefore(tokens, verb, 0, k => FutureMarkers.StartEndingBefore(tokens, k + 1) >= 0 || k == planComma);
    }

    /// <summary>
    /// Whether, going back from the verb to <paramref name="from"/>, a word of what is still to come (<paramref name="marker"/>,
    /// at its last token) stands before any "đã"/"vừa"/"mới" that would report the signing done.
    /// </summary>
    private static bool NotDoneBefore(IReadOnlyList<Token> tokens, int verb, int from, Func<int, bool> marker)
    {
        for (var k = verb - 1; k >= from; k--)
        {
            if (tokens[k].IsWord && tokens[k].Lower is "đã" or "vừa" or "mới")
            {
                return false;
            }
            if (marker(k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "để ký kết": "để" right before the verb, or with <paramref name="overStaging"/> before up to three words that only stage
    /// the ceremony ("để tổ chức ký kết", "để tiến hành lễ ký").
    /// </summary>
    private static bool PurposeBefore(IReadOnlyList<Token> tokens, int verb, bool overStaging)
    {
        var k = verb;
        while (overStaging && Staging.StartEndingBefore(tokens, k) is >= 0 and var start && verb - start <= 3)
        {
            k = start;
        }
        return WordBefore(tokens, k, 1) == "để";
    }

    /// <summary>"Lễ ký thỏa thuận … sẽ được tổ chức vào ngày 14/8": the ceremony is announced, not reported.</summary>
    private static bool FutureCeremonyAfter(IReadOnlyList<Token> tokens, int verbEnd)
    {
        for (var k = verbEnd; k < tokens.Count - 1 && k < verbEnd + 15; k++)
        {
            // "sẽ được tổ chức", "sẽ diễn ra", "… trong thời gian tới", "… vào dịp sắp tới": the ceremony is to come.
            if (AnnouncedAfter.StartEndingBefore(tokens, k + 2) >= 0)
            {
                return true;
            }
            // "Lễ ký kết … dự kiến diễn ra / được tổ chức vào …": the expected ceremony, as "sẽ" says it.
            if (RuleSwitch.On("ExpectedCeremonyAfter") && ExpectedAfter.Match(tokens, k) is not null)
            {
                return true;
            }
        }
        return false;
    }

    private static bool Within(IReadOnlyList<Token> tokens, int verb, int window, string word)
    {
        for (var k = Math.Max(0, verb - window); k < verb; k++)
        {
            if (tokens[k].IsWord && tokens[k].Lower == word)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Start of the clause holding the verb: after the last ";" or ":" before it.</summary>
    private static int ClauseStart(IReadOnlyList<Token> tokens, int verb)
    {
        for (var k = verb - 1; k >= 0; k--)
        {
            if (tokens[k].Kind == TokenKind.Punct && tokens[k].Text is ";" or ":")
            {
                return k + 1;
            }
        }
        return 0;
    }

    private static string? WordBefore(IReadOnlyList<Token> tokens, int i, int back)
    {
        var k = i - back;
        return k >= 0 && tokens[k].IsWord ? tokens[k].Lower : null;
    }

    private static bool HasBefore(IReadOnlyList<Token> tokens, int verb, int clauseStart, int window, PhraseLexicon<string> markers)
    {
        var from = Math.Max(clauseStart, verb - window);
        for (var k = from; k < verb; k++)
        {
            if (tokens[k].Kind == TokenKind.Punct && tokens[k].Text is "," or "(")
            {
                from = k + 1;
            }
        }
        // The group is prefix-free (SigningCueLexicon.Phrases), so the one phrase at k is the only one that could end before the verb.
        for (var k = from; k < verb; k++)
        {
            if (markers.Match(tokens, k) is { } marker && k + marker.Length <= verb && !InsideName(tokens, k)
                && !(RuleSwitch.On("MarkerInCompound") && InsideCompound(tokens, k, marker.Length)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"huyện Cần Đước đã ký": a capitalised marker word inside a sentence, or before another capitalised word, is part of a name.</summary>
    private static bool InsideName(IReadOnlyList<Token> tokens, int k) =>
        RuleSwitch.On("MarkerInName") && tokens[k].IsUpperInitial
        && ((k + 1 < tokens.Count && tokens[k + 1].IsUpperInitial) || (k > 0 && tokens[k - 1].IsWord));

    private static readonly PhraseLexicon<string> MarkerCompounds = SigningCueLexicon.Phrases("marker-compound");

    private static readonly PhraseLexicon<string> CompoundBreakers = SigningCueLexicon.Phrases("marker-compound-not");

    /// <summary>
    /// "hãng hàng không X ký", "đơn vị phòng không ký": the marker at <paramref name="k"/> is one syllable of a whole compound
    /// with the word before or after it (aviation, air defence), not a negation; unless a word across the compound's edge
    /// takes its other syllable ("các ngân hàng không ký", "không lưu ý").
    /// </summary>
    private static bool InsideCompound(IReadOnlyList<Token> tokens, int k, int length)
    {
        for (var start = Math.Max(0, k - 2); start <= k; start++)
        {
            if (MarkerCompounds.Match(tokens, start) is { Length: var n } && n > length && start + n >= k + length
                && !Crosses(tokens, start) && !Crosses(tokens, start + n) && ShownAsCompound(tokens, start))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> CompoundNouns = SigningCueLexicon.Words("marker-compound-noun");

    /// <summary>
    /// The compound at <paramref name="start"/> is shown to be one: written capitalised inside a name ("Tổng công ty Hàng không X",
    /// "Quân chủng Phòng không") or after a noun of its field ("hãng hàng không X"); "các chủ hàng không ký" stays a negation.
    /// </summary>
    private static bool ShownAsCompound(IReadOnlyList<Token> tokens, int start) =>
        tokens[start].IsUpperInitial || (start > 0 && tokens[start - 1].IsWord && CompoundNouns.Contains(tokens[start - 1].Lower));

    /// <summary>Whether a compound breaker spans the boundary before token <paramref name="edge"/>.</summary>
    private static bool Crosses(IReadOnlyList<Token> tokens, int edge)
    {
        for (var s = Math.Max(0, edge - 2); s < edge; s++)
        {
            if (CompoundBreakers.Match(tokens, s) is { Length: var n } && s + n > edge)
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsWith(IReadOnlyList<Token> tokens, int at, PhraseLexicon<string> markers)
    {
        while (at < tokens.Count && tokens[at].Kind == TokenKind.Punct)
        {
            at++;
        }
        return At(markers, tokens, at);
    }

    /// <summary>Whether a phrase of <paramref name="phrases"/> stands at token <paramref name="at"/> (false past the end).</summary>
    private static bool At(PhraseLexicon<string> phrases, IReadOnlyList<Token> tokens, int at) => phrases.Match(tokens, at) is not null;

    private static bool HasWord(IReadOnlyList<Token> tokens, HashSet<string> firsts, params string[] seconds)
    {
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (tokens[k].IsWord && firsts.Contains(tokens[k].Lower) && tokens[k + 1].IsWord && seconds.Contains(tokens[k + 1].Lower))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"ký quyết định", "ký kết giao ước thi đua": the first document named after the verb is not an agreement.</summary>
    private static bool ObjectIsOtherDocument(IReadOnlyList<Token> tokens, int verbEnd)
    {
        var k = verbEnd;
        // Skip "ban hành", "thông qua".
        while (ObjectSkip.Match(tokens, k) is { } skip)
        {
            k += skip.Length;
        }
        if (k >= tokens.Count || !tokens[k].IsWord)
        {
            return false;
        }
        if (At(JointContract, tokens, k))
        {
            return false;
        }
        if (tokens[k].Lower is "được" or "vào")
        {
            k++;
        }
        var other = OtherDocuments.Match(tokens, k);
        // "văn bản phối hợp", "văn bản thỏa thuận": a generic document word qualified as an agreement. "nghị định thư": the
        // decree's word opens a longer agreement kind (LongerAgreementKind).
        return other is { } document && !At(AgreementPhrases, tokens, k + document.Length)
            && !(RuleSwitch.On("LongerAgreementKind") && AgreementPhrases.Match(tokens, k) is { } agreement && agreement.Length > document.Length);
    }

    /// <summary>The words <see cref="Dates.SigningDay"/> passes between a signing verb and its day ("vào", "chính thức").</summary>
    private static readonly PhraseLexicon<bool> VerbDayFiller = WordSetLexicon.Phrases("verb-day-filler");

    private static readonly HashSet<string> PartsOfDay = [.. PatternWords.PartOfDay.Split('|')];

    /// <summary>
    /// "Quy chế phối hợp được ký kết sáng 3/4 tại …": a day right after a passive verb makes it the sentence's predicate,
    /// the report of the signing, not a clause qualifying the document (PassiveDayPredicate, extract-gaps class 11).
    /// </summary>
    private static bool DayFollows(IReadOnlyList<Token> tokens, int verbEnd)
    {
        var k = verbEnd;
        while (k < tokens.Count && VerbDayFiller.Match(tokens, k) is { } filler)
        {
            k += filler.Length;
        }
        if (k < tokens.Count && PartsOfDay.Contains(tokens[k].Lower))
        {
            k++;
        }
        if (k < tokens.Count && tokens[k].Lower is "ngày" or "hôm")
        {
            k++;
        }
        // A day and month with no year: "3/4" (one token) or "3 / 4".
        return k > verbEnd && k < tokens.Count && tokens[k].Kind == TokenKind.Number
            && (tokens[k].Text.Count(c => c is '/' or '-' or '.') == 1
                || (k + 2 < tokens.Count && tokens[k + 1].Text is "/" or "-" or "." && tokens[k + 2].Kind == TokenKind.Number
                    && !(k + 3 < tokens.Count && tokens[k + 3].Text == tokens[k + 1].Text)));
    }

    /// <summary>"Quy chế phối hợp đã ký kết", "Thỏa thuận ký kết giữa ...": the verb qualifies a document already named.</summary>
    private static bool IsRelativeClauseAfterKind(IReadOnlyList<Token> tokens, int verb, int clauseStart)
    {
        var k = verb - 1;
        while (k >= clauseStart && tokens[k].IsWord && tokens[k].Lower is "đã" or "được" or "vừa" or "mới")
        {
            k--;
        }
        // The document noun phrase right before: up to seven words ending the kind ("Hiệp định Phân định thềm lục địa").
        for (var back = 0; back < 7 && k - back >= clauseStart; back++)
        {
            var at = k - back;
            if (!tokens[at].IsWord)
            {
                break;
            }
            if (KindStarts(tokens, at) && !CeremonyBeforeKind(tokens, at) && !BodyField.At(tokens, at))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly PhraseLexicon<string> TreatyKindStartPhrases = SigningCueLexicon.Phrases("treaty-kind-start");

    /// <summary>
    /// A document kind starts at <paramref name="at"/>. "Hiệp ước" and "Nghị định thư" (TreatyKindStart) are the treaties of
    /// world news, named as the subject of a mention as often as "Hiệp định" ("Hiệp ước … đã ký năm 1990 bị vi phạm").
    /// </summary>
    private static bool KindStarts(IReadOnlyList<Token> tokens, int at) =>
        At(KindStartPhrases, tokens, at) || (RuleSwitch.On("TreatyKindStart") && At(TreatyKindStartPhrases, tokens, at));

    private static bool CeremonyBeforeKind(IReadOnlyList<Token> tokens, int at) => CeremonyNounBefore(tokens, at, companion: null);

    /// <summary>
    /// "lễ ký", "buổi ký": the noun of a ceremony right before <paramref name="at"/>, so the signing is told as an event held.
    /// Each caller adds the two-word phrase that counts the same for its question (<paramref name="companion"/>, first word
    /// first): the verdict on a reported signing takes "hội nghị ký kết", a conference held to sign; the "Trước đó" test takes
    /// "chứng kiến ký", a signing someone witnessed, which like a ceremony is an earlier event of the same visit and still
    /// reports. They stay apart because each phrase answers only its own caller's question; sharing them would change
    /// what is detected.
    /// </summary>
    private static bool CeremonyNounBefore(IReadOnlyList<Token> tokens, int at, (string First, string Second)? companion)
    {
        var before = WordBefore(tokens, at, 1);
        return before is "lễ" or "buổi"
            || (companion is (var first, var second) && before == second && WordBefore(tokens, at, 2) == first);
    }

    private static bool BothSides(IReadOnlyList<Token> tokens, int verb)
    {
        for (var k = 0; k + 1 < verb; k++)
        {
            if (tokens[k].Lower is "hai" or "các" or "đôi" or "2" && tokens[k + 1].Lower is "bên")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether one of <paramref name="phrases"/> stands anywhere from <paramref name="from"/> on.</summary>
    private static bool HasPhrase(PhraseLexicon<string> phrases, IReadOnlyList<Token> tokens, int from = 0)
    {
        for (var k = from; k < tokens.Count; k++)
        {
            if (At(phrases, tokens, k))
            {
                return true;
            }
        }
        return false;
    }
}
