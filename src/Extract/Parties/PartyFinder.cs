using Extraction.Extract.Confidence;
using Extraction.Extract.Detection;
using Extraction.Extract.Lexicons;
using Extraction.Extract.People;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Parties;

/// <summary>
/// The signing sides of one sentence: the organisations that are the subject of the signing verb
/// (after the time phrase: "Sáng 09/5, X và Y tổ chức ký kết") and those the verb is signed
/// "giữa"/"với" ("ký kết Quy chế phối hợp giữa X với Y"). Places (tại X), owners (của X) and
/// beneficiaries (cho X) are not sides; chairs and witnesses sit outside these two slots.
/// </summary>
internal static class PartyFinder
{
    private static readonly HashSet<string> Prepositions = WordSetLexicon.Group("preposition");

    private static readonly HashSet<string> TimeWords = WordSetLexicon.Group("time-of-day");

    private static readonly HashSet<string> ListJoiners = WordSetLexicon.Group("list-joiner");

    public static List<PartyMention> Find(string source, IReadOnlyList<Token> tokens, SigningClause clause, ArticlePlace place)
    {
        var orgs = ScanOrganisations(tokens);
        var result = new List<(OrgMatch Org, string? Name, string? Canonical, int Start, int End)>();
        var segStart = SubjectStart(tokens, clause.VerbToken);
        var passiveGroup = RuleSwitch.On("BetweenBeforePassive") ? BetweenBeforePassive(tokens, orgs, segStart, clause.VerbToken) : [];
        if (passiveGroup.Count >= 2)
        {
            result.AddRange(passiveGroup);
        }
        else if (!VerbInsideAdverbial(tokens, clause))
        {
            var subject = new List<OrgMatch>();
            OrgMatch? skipped = null;
            foreach (var o in orgs.Where(o => o.Start >= segStart && o.End <= clause.VerbToken && !o.IsPlaceOnly))
            {
                // A body coordinated with a skipped one ("các Trạm Y tế và Phòng khám khu vực") is skipped with it.
                if (AfterPreposition(tokens, o))
                {
                    skipped = o.Start > 0 && tokens[o.Start - 1].Lower is "các" or "những" or "nhiều" ? o : null;
                    continue;
                }
                if (skipped is not null && o.Start == skipped.End + 1 && tokens[skipped.End].Lower == "và")
                {
                    continue;
                }
                skipped = null;
                subject.Add(o);
            }
            // "A; B; C ký kết": bodies listed with semicolons before the subject slot belong to it.
            while (subject.Count > 0 && subject[0].Start >= 2 && tokens[subject[0].Start - 1].Text == ";"
                && orgs.LastOrDefault(o => o.End == subject[0].Start - 1 && !o.IsPlaceOnly) is { } listed && !AfterPreposition(tokens, listed))
            {
                subject.Insert(0, listed);
            }
            if (subject.Count == 0)
            {
                subject.AddRange(PlaceList(tokens, segStart, clause.VerbToken));
            }
            else if (RuleSwitch.On("CountryBesideBody"))
            {
                subject = WithJoinedCountries(tokens, orgs, subject, segStart, clause.VerbToken);
            }
            // "A, Giám đốc Sở X": an affiliation in apposition, unless every subject is written that way (signers named by person).
            var plain = subject.Where(o => !InApposition(tokens, o.Start)).ToList();
            var signing = (plain.Count > 0 ? plain : subject).Where(o => !AfterMembershipTitle(tokens, o.Start)).ToList();
            // "Thứ trưởng Bộ X Lê Văn A và Đại sứ Australia ký hiệp định": an ambassador signs for his state, a provincial
            // governor for his province (extract-gaps class 17).
            if (RuleSwitch.On("EnvoyCountry") || RuleSwitch.On("PlaceLeaderSide"))
            {
                signing = signing.Concat(PlacesSpokenFor(tokens, segStart, clause.VerbToken)).OrderBy(o => o.Start).ToList();
            }
            foreach (var org in signing)
            {
                result.AddRange(Expand(tokens, org));
            }
        }
        var joiner = FindJoiner(tokens, clause.VerbEndToken);
        if (joiner < 0 && RuleSwitch.On("ContractFor"))
        {
            joiner = ContractForJoiner(tokens, orgs, clause.VerbEndToken);
        }
        var ownDocumentFrom = int.MaxValue;
        if (joiner >= 0 && !(RuleSwitch.On("CitationBetween") && CitationBetween(tokens, clause.VerbEndToken, joiner)))
        {
            var subjectCount = result.Count;
            var run = RunAfter(tokens, orgs, joiner);
            if (run.Count > 0)
            {
                result.AddRange(run);
                if (RuleSwitch.On("PartnerAgain") && tokens[joiner].Lower == "với")
                {
                    foreach (var again in PartnersAgain(tokens, ExpandedEnd(tokens, run[^1].Org)))
                    {
                        var own = RunAfter(tokens, orgs, again);
                        result.AddRange(own);
                        ownDocumentFrom = Math.Min(ownDocumentFrom, own.Count > 0 ? own[0].Start : int.MaxValue);
                    }
                }
                // "X tổ chức lễ ký kết … giữa A và B": X hosts; A and B sign.
                if (tokens[joiner].Lower == "giữa" && result.Count - subjectCount >= 2)
                {
                    var signers = result.Skip(subjectCount).Select(r => Mention(source, tokens, r, place)).ToList();
                    for (var k = subjectCount - 1; k >= 0; k--)
                    {
                        var host = Mention(source, tokens, result[k], place);
                        if (!signers.Any(m => PartySimilarity.Same(m, host)))
                        {
                            result.RemoveAt(k);
                        }
                    }
                }
            }
        }
        if (RuleSwitch.On("DropLeadingRole"))
        {
            DropLeadingRole(tokens, result);
        }
        if (RuleSwitch.On("SharedPlaceSuffix"))
        {
            ShareSuffixPlaces(tokens, result, place);
        }
        var mentions = new List<PartyMention>();
        var partnerFrom = joiner >= 0 && tokens[joiner].Lower is "với" or "cho" ? tokens[joiner].End : int.MaxValue;
        var starts = new HashSet<int>();
        foreach (var r in result)
        {
            if (starts.Add(r.Start))
            {
                mentions.Add(Mention(source, tokens, r, place) with { Partner = r.Start >= partnerFrom, OwnDocument = r.Start >= ownDocumentFrom });
            }
        }
        return mentions;
    }

    /// <summary>
    /// "Biên bản ghi nhớ giữa tỉnh A và tỉnh B đã được Chủ tịch X và Tỉnh trưởng Y ký kết" (classes 16, 17): a passive verb whose
    /// subject names the document with its "giữa" group; that group's bodies or places are the sides, the persons after
    /// "được" sign for them. Empty when the subject holds no such group.
    /// </summary>
    private static List<(OrgMatch Org, string? Name, string? Canonical, int Start, int End)> BetweenBeforePassive(
        IReadOnlyList<Token> tokens, List<OrgMatch> orgs, int segStart, int verb)
    {
        var between = -1;
        for (var k = segStart; k < verb; k++)
        {
            if (tokens[k].IsWord && tokens[k].Lower == "giữa" && between < 0)
            {
                between = k;
            }
            else if (between >= 0 && tokens[k].IsWord && tokens[k].Lower == "được")
            {
                var run = RunAfter(tokens, orgs, between);
                return run.All(r => r.End <= tokens[k].Start) ? run : [];
            }
        }
        return [];
    }

    private static void ShareSuffixPlaces(IReadOnlyList<Token> tokens, List<(OrgMatch Org, string? Name, string? Canonical, int Start, int End)> result, ArticlePlace place)
    {
        var shared = SharedPlaceSuffix.Find(tokens, result.Select(r => r.Org).ToList());
        for (var k = 0; k < result.Count; k++)
        {
            if (shared[k] is { } suffix && result[k].Name is null && result[k].Canonical is null)
            {
                result[k] = result[k] with { Canonical = PartyCanonicalizer.Canonicalize(tokens, result[k].Org, place) + " " + suffix };
            }
        }
    }

    /// <summary>
    /// "X và Lãnh đạo Sở Y": a leading "Lãnh đạo" is a role, not part of the name, unless the sides are listed
    /// as standing bodies ("giữa Thường trực HĐND, Lãnh đạo UBND, Ban Thường trực UBMTTQ").
    /// </summary>
    private static void DropLeadingRole(IReadOnlyList<Token> tokens, List<(OrgMatch Org, string? Name, string? Canonical, int Start, int End)> result)
    {
        static bool IsRole(IReadOnlyList<Token> t, OrgMatch o) => t[o.Start].Lower == "lãnh" && o.Start + 2 < o.End && t[o.Start + 1].Lower == "đạo";
        static bool IsStandingBody(IReadOnlyList<Token> t, OrgMatch o) =>
            t[o.Start].Lower == "thường" || (t[o.Start].Lower == "ban" && o.Start + 1 < o.End && t[o.Start + 1].Lower is "thường" or "chấp");
        if (result.Any(r => IsStandingBody(tokens, r.Org)))
        {
            return;
        }
        for (var k = 0; k < result.Count; k++)
        {
            var r = result[k];
            if (r.Name is null && IsRole(tokens, r.Org))
            {
                var org = r.Org with { Start = r.Org.Start + 2 };
                result[k] = (org, null, r.Canonical, tokens[org.Start].Start, r.End);
            }
        }
    }

    private static PartyMention Mention(
        string source, IReadOnlyList<Token> tokens, (OrgMatch Org, string? Name, string? Canonical, int Start, int End) r, ArticlePlace place)
    {
        var (org, name, canonical, start, end) = r;
        var shown = name ?? source[tokens[org.Start].Start..tokens[org.End - 1].End];
        var canon = canonical ?? PartyCanonicalizer.Canonicalize(tokens, org, place);
        var read = org.IsPlaceOnly ? Provenance.PartyPlaceOnly : org.End - org.Start >= 2 ? Provenance.PartyFullName : Provenance.PartyShortHead;
        return new PartyMention(shown, canon, start, end, read);
    }

    /// <summary>
    /// How many sides a sentence or a list keeps. The longest real list of signing sides is 17 (dev, held-out and seed
    /// gold); framing compares every side with every other, and a sentence of 6,500 different bodies took over 90 s, a
    /// listed line of 5,323 took 230 s. A crafted or broken page keeps its first sides.
    /// </summary>
    internal const int MaxSides = 64;

    /// <summary>The bodies listed right after the joiner at <paramref name="joiner"/> ("giữa A, B và C"), places included.</summary>
    private static List<(OrgMatch Org, string? Name, string? Canonical, int Start, int End)> RunAfter(
        IReadOnlyList<Token> tokens, List<OrgMatch> orgs, int joiner)
    {
        var run = new List<(OrgMatch Org, string? Name, string? Canonical, int Start, int End)>();
        var first = FirstAfterPreamble(tokens, orgs, joiner + 1);
        if (first < 0 && RuleSwitch.On("NamedAmongCollective") && AmongStart(tokens, joiner + 1) is > 0 and var among)
        {
            first = FirstAfterPreamble(tokens, orgs, among);
        }
        if (first < 0)
        {
            return run;
        }
        var prev = orgs[first];
        run.AddRange(Expand(tokens, prev));
        for (var k = first + 1; k < orgs.Count && run.Count < MaxSides && RunGoesOn(tokens, prev, orgs[k]); k++)
        {
            run.AddRange(Expand(tokens, orgs[k]));
            prev = orgs[k];
        }
        return run;
    }

    /// <summary>
    /// The bodies a sentence names after "giữa" when there are two or more ("thực hiện quy chế phối hợp
    /// giữa A, B, C"): the sides of an agreement that a next sentence says is signed anew.
    /// </summary>
    public static List<PartyMention> BetweenSides(string source, IReadOnlyList<Token> tokens, ArticlePlace place)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].IsWord && tokens[k].Lower == "giữa")
            {
                var run = RunAfter(tokens, ScanOrganisations(tokens), k);
                return run.Count >= 2 ? run.Select(r => Mention(source, tokens, r, place)).ToList() : [];
            }
        }
        return [];
    }

    /// <summary>The bodies listed from token <paramref name="open"/> on ("gồm: A, B và C" once "gồm:" is read), as mentions.</summary>
    public static List<PartyMention> ListedBodies(string source, IReadOnlyList<Token> tokens, int open, ArticlePlace place) =>
        open < 1 ? [] : RunAfter(tokens, ScanOrganisations(tokens), open - 1).Select(r => Mention(source, tokens, r, place)).ToList();

    private const int MaxBetweenGroups = 12;

    /// <summary>
    /// Every "giữa" group of the sentence with two or more sides, with the token of its "giữa": "ký Thỏa thuận
    /// giữa A và B, ký Biên bản ghi nhớ giữa A và C" names two agreements, one per group.
    /// </summary>
    public static List<(int Joiner, List<PartyMention> Sides)> BetweenGroups(string source, IReadOnlyList<Token> tokens, ArticlePlace place)
    {
        var groups = new List<(int, List<PartyMention>)>();
        List<OrgMatch>? orgs = null;
        // Each group reads the sentence's bodies from the start: a bound keeps a run-on of "giữa" linear.
        for (var k = 0; k < tokens.Count && groups.Count < MaxBetweenGroups; k++)
        {
            if (tokens[k].IsWord && tokens[k].Lower == "giữa")
            {
                orgs ??= ScanOrganisations(tokens);
                var run = RunAfter(tokens, orgs, k);
                if (run.Count >= 2)
                {
                    groups.Add((k, run.Select(r => Mention(source, tokens, r, place)).ToList()));
                }
            }
        }
        return groups;
    }

    /// <summary>
    /// "thành phố A (Việt Nam) và thành phố B (Nhật Bản) đã ký": the state in brackets after a place says where it is and stays
    /// in its name, so the list goes on past it (PlaceBracketState, extract-gaps class 20); else <paramref name="end"/>.
    /// </summary>
    private static int BracketedStateEnd(IReadOnlyList<Token> tokens, int end, int to) =>
        RuleSwitch.On("PlaceBracketState") && end + 2 < to && tokens[end].Text == "(" && CountryLexicon.Default.Match(tokens, end + 1) is { } state
            && end + 1 + state.Length < to && tokens[end + 1 + state.Length].Text == ")"
            ? end + 2 + state.Length
            : end;

    /// <summary>A province or district named with its keyword as a side, with the state in brackets after it, if any.</summary>
    private static OrgMatch PlaceSide(IReadOnlyList<Token> tokens, int start, AdminPhrase admin, int to)
    {
        var end = BracketedStateEnd(tokens, admin.End, to);
        return new OrgMatch(start, end, end == admin.End ? admin : null) { IsPlaceOnly = true };
    }

    /// <summary>"Các tỉnh gồm: Đồi Mây, Suối Lạnh, Hòa An vừa ký kết": two or more bare province or district names as the subject.</summary>
    private static List<OrgMatch> PlaceList(IReadOnlyList<Token> tokens, int from, int to)
    {
        var list = new List<OrgMatch>();
        for (var k = from; k < to; k++)
        {
            // "tỉnh A và thành phố B ký": provinces and districts named with their keyword sign as sides too.
            if (RuleSwitch.On("PlaceSides") && !tokens[k].IsUpperInitial
                && AdminPhraseParser.Parse(tokens, k, allowCapitalKeyword: false) is { IsBare: false, Level: AdminLevel.Province or AdminLevel.District } admin
                && admin.End <= to)
            {
                var side = PlaceSide(tokens, k, admin, to);
                Extend(side);
                k = side.End - 1;
                continue;
            }
            if (!tokens[k].IsUpperInitial)
            {
                continue;
            }
            var country = CountryAt(tokens, k);
            if (country == 0 && !AdminPhraseParser.IsKnownPlace(tokens, k))
            {
                continue;
            }
            // "Tại Hà Nội, Việt Nam và Lào đã ký": where the signing took place is no side.
            if (RuleSwitch.On("PlacesBeforeVerb") && AfterPlacePreposition(tokens, k))
            {
                list.Clear();
                continue;
            }
            var end = k + 1;
            while (end < to && tokens[end].IsUpperInitial)
            {
                end++;
            }
            // "Vương quốc Anh": a country the lexicon names may have lower-case words inside; the capitalised run would cut it.
            end = BracketedStateEnd(tokens, Math.Min(to, Math.Max(end, k + country)), to);
            Extend(new OrgMatch(k, end, null) { IsPlaceOnly = true });
            k = end - 1;
        }
        // A place joined to the list by connectors only continues it; anything else starts a new list.
        void Extend(OrgMatch place)
        {
            if (list.Count > 0 && !OnlyConnectorsBetween(tokens, list[^1].End, place.Start))
            {
                list.Clear();
            }
            list.Add(place);
        }

        // Only a list that opens the subject slot ("…gồm: Đồi Mây, Suối Lạnh"), not places visited ("đã đến 3 tỉnh A, B"); or one
        // that ends the slot right before the verb ("Sau hội đàm, hai nước Việt Nam và Lào đã ký"), whatever opens the sentence.
        return list.Count >= 2 && (list[0].Start <= from + 1 || (RuleSwitch.On("PlacesBeforeVerb") && OnlyAspectBefore(tokens, list[^1].End, to))) ? list : [];
    }

    /// <summary>
    /// The sides a headline names: its first run of two or more organisations joined by "và", "với",
    /// "phối hợp với" ("Sở Tư pháp và Tòa án nhân dân tỉnh: …"). For agreements whose
    /// signing sentence names no side ("hai bên đã ký kết").
    /// </summary>
    public static List<PartyMention> HeadlineSides(string title, ArticlePlace place)
    {
        var tokens = Tokenizer.Tokenize(title, 0, title.Length);
        var orgs = ScanOrganisations(tokens);
        for (var i = 0; i + 1 < orgs.Count; i++)
        {
            var run = new List<OrgMatch> { orgs[i] };
            for (var k = i + 1; k < orgs.Count && HeadlineJoin(tokens, run[^1].End, orgs[k].Start); k++)
            {
                run.Add(orgs[k]);
            }
            if (run.Count >= 2)
            {
                // Offsets index the title until MapTo finds the mention in the text.
                return run.Select(o => new PartyMention(
                    title[tokens[o.Start].Start..tokens[o.End - 1].End], PartyCanonicalizer.Canonicalize(tokens, o, place),
                    tokens[o.Start].Start, tokens[o.End - 1].End, Provenance.PartyHeadline)).ToList();
            }
        }
        return [];
    }

    // "A và B", "A với B", "A phối hợp B": words a headline joins its two sides with.
    private static bool HeadlineJoin(IReadOnlyList<Token> tokens, int from, int to) =>
        to > from && to - from <= 3 && Enumerable.Range(from, to - from).All(k =>
            tokens[k].Text is "," or ";" or "-" or "–" || tokens[k].Lower is "và" or "với" or "cùng" or "phối" or "hợp");

    /// <summary>Every organisation name (and named place) in the sentence, left to right, not overlapping.</summary>
    public static List<OrgMatch> ScanOrganisations(IReadOnlyList<Token> tokens)
    {
        var list = new List<OrgMatch>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var org = OrgNameGrammar.Parse(tokens, i);
            // "Đồn Biên phòng các xã: A, B và C": a head with no name words of its own, shared by the places listed.
            if (org is null && RuleSwitch.On("SharedHeadList") && OrgNameGrammar.HeadEnd(tokens, i, out _) is > 0 and var headEnd && SharedHeadList.Find(tokens, i, headEnd) is not null)
            {
                org = new OrgMatch(i, headEnd, null);
            }
            // "các bộ Tài chính, Tư pháp": a head shared by fields may be written in lower case after its plural mark.
            if (org is null && FieldHeadList.Find(tokens, i) is not null)
            {
                org = new OrgMatch(i, i + 1, null);
            }
            // "giữa hai Chính phủ": a counted state noun refers to the page's pair of states (PairReference), it names no body.
            if (org is not null && RuleSwitch.On("CountedStateNoun") && CountedStateNoun(tokens, org))
            {
                i = org.End - 1;
                continue;
            }
            if (org is not null)
            {
                if (RuleSwitch.On("SignerNameCut"))
                {
                    org = SignerNameCut.Trim(tokens, org);
                }
                list.Add(org);
                i = ExpandedEnd(tokens, org) - 1;
                continue;
            }
            var admin = AdminPhraseParser.Parse(tokens, i, allowCapitalKeyword: true);
            if (admin is { IsBare: false } && admin.Level is AdminLevel.Province or AdminLevel.District)
            {
                var side = PlaceSide(tokens, i, admin, tokens.Count);
                list.Add(side);
                i = side.End - 1;
                continue;
            }
            // "giữa Vĩnh Long và Trà Vinh" (extract-gaps class 20): a known province or district named bare as a side,
            // right after "giữa" or joined by "và"/"," to one.
            if (RuleSwitch.On("BarePlaceSides") && BarePlaceAt(tokens, i, list) is > 0 and var bareEnd)
            {
                list.Add(new OrgMatch(i, bareEnd, null) { IsPlaceOnly = true });
                i = bareEnd - 1;
                continue;
            }
            // "Bệnh viện X, Trung Quốc": a country right after a name and its comma says where that body is.
            if (CountryAt(tokens, i) is > 0 and var length && !(i >= 2 && tokens[i - 1].Text == "," && list.Count > 0 && list[^1].End == i - 1 && !list[^1].IsPlaceOnly))
            {
                list.Add(new OrgMatch(i, i + length, null) { IsPlaceOnly = true });
                i += length - 1;
                continue;
            }
            // "giữa Alpha và Betacom", "ABC ký với Zentra Corporation": brand names with no head (extract-gaps class 20).
            if (RuleSwitch.On("BrandSides") && BrandNameEnd(tokens, i, list) is > 0 and var brandEnd)
            {
                list.Add(new OrgMatch(i, brandEnd, null));
                i = brandEnd - 1;
            }
        }
        return RuleSwitch.On("ParentChain") ? ParentChain.Join(tokens, list) : list;
    }

    // Titles of heads of state and envoys, written capitalised before a person ("với Thủ tướng X").
    private static readonly HashSet<string> LeaderTitles = WordSetLexicon.Group("leader-title");

    private static bool LeaderTitle(IReadOnlyList<Token> tokens, int i) =>
        LeaderTitles.Contains(tokens[i].Key) || (i + 1 < tokens.Count && LeaderTitles.Contains(tokens[i].Key + " " + tokens[i + 1].Key));

    internal static readonly HashSet<string> BeforeVerb = WordSetLexicon.Group("before-verb");

    /// <summary>
    /// The end of a headless name of one to four capitalised words or abbreviations at <paramref name="i"/> standing
    /// where a side stands: after "giữa"/"với", after "và"/"," joined to such a name, or opening the sentence right
    /// before "(đã) ký". Not a person (family name, title), a place, a country or a document kind; -1 otherwise.
    /// </summary>
    private static int BrandNameEnd(IReadOnlyList<Token> tokens, int i, List<OrgMatch> found)
    {
        const int MaxWords = 4;
        var t = tokens[i];
        if (!t.IsUpperInitial || (i > 0 && tokens[i - 1].IsUpperInitial) || AdminPhraseParser.IsFamilyName(t)
            || PersonTitles.StartsAt(tokens, i) > 0 || LeaderTitle(tokens, i) || OrgNameGrammar.HeadEnd(tokens, i, out _) > 0
            || AdminPhraseParser.IsKnownPlace(tokens, i) || AdminUnitLexicon.Default.Find(t.Key).Count > 0
            || CountryLexicon.Default.Match(tokens, i) is not null || KindLexicon.Default.Match(tokens, i) is not null)
        {
            return -1;
        }
        var end = i + 1;
        while (end < tokens.Count && end - i < MaxWords && tokens[end].IsUpperInitial)
        {
            end++;
        }
        if (end < tokens.Count && (tokens[end].IsUpperInitial || tokens[end].Kind == TokenKind.Number))
        {
            return -1;
        }
        // An abbreviation or a foreign word: "Nhân dân", "Chính phủ", "Việc" are ordinary words written capitalised.
        if (!Enumerable.Range(i, end - i).All(k => tokens[k].IsAbbreviation || ForeignWord(tokens[k])))
        {
            return -1;
        }
        var before = i > 0 ? tokens[i - 1] : null;
        var after = end < tokens.Count ? tokens[end] : null;
        var closed = after is null || after.Text is "," or "." or ";" or "-" or "–" or "(" || after.Lower is "và" or "với";
        if (before is not null && before.IsWord && before.Lower is "giữa" or "với")
        {
            return closed ? end : -1;
        }
        if (before is not null && (before.Text == "," || before.Lower == "và") && found.Count > 0 && found[^1].End == i - 1
            && !found[^1].IsPlaceOnly && found[^1].Place is null && OrgNameGrammar.HeadEnd(tokens, found[^1].Start, out _) < 0)
        {
            return closed ? end : -1;
        }
        // Sentence start (or after a time phrase's comma), then only aspect words before "ký".
        if ((before is null || before.Text == ","))
        {
            var k = end;
            while (k < tokens.Count && tokens[k].IsWord && BeforeVerb.Contains(tokens[k].Lower) && tokens[k].Lower != "ký")
            {
                k++;
            }
            return k < tokens.Count && tokens[k].Lower == "ký" ? end : -1;
        }
        return -1;
    }

    /// <summary>Six letters or more and no Vietnamese letter or mark: "Samsung", not "Việc" or "Theo".</summary>
    private static bool ForeignWord(Token t) => t.Text.Length >= 6 && t.Text.All(char.IsAsciiLetter);

    private static int BarePlaceAt(IReadOnlyList<Token> tokens, int i, List<OrgMatch> found)
    {
        if (i == 0 || !tokens[i].IsUpperInitial || !AdminPhraseParser.IsKnownPlace(tokens, i))
        {
            return -1;
        }
        var before = tokens[i - 1];
        var opens = before.IsWord && before.Lower == "giữa";
        var joins = (before.Text == "," || before.Lower == "và") && found.Count > 0 && found[^1].IsPlaceOnly && found[^1].End == i - 1
            && found[^1].Place is null && i >= 2;
        return opens || joins ? AdminPhraseParser.KnownBarePlaceEnd(tokens, i) : -1;
    }

    /// <summary>
    /// "ký kết với 7 trường đại học, trong đó có Trường X và Trường Y" (extract-gaps class 4): a counted collective whose
    /// named members follow "trong đó có"; returns where they start, or -1.
    /// </summary>
    private static int AmongStart(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from; k + 2 < tokens.Count && k < from + 12; k++)
        {
            var t = tokens[k];
            if (t.Text is "." or ";" or ":" || t.IsUpperInitial)
            {
                return -1;
            }
            if (t.Lower == "trong" && tokens[k + 1].Lower == "đó" && k > from && tokens[k - 1].Text == ",")
            {
                return tokens[k + 2].Lower == "có" ? k + 3 : k + 2;
            }
        }
        return -1;
    }

    /// <summary>
    /// A country standing alone as a side ("Hiệp định giữa Việt Nam và Lào"): not inside a run of capitalised
    /// words, where "Đức", "Anh", "Nga" are given names and "Nga Sơn" a place.
    /// </summary>
    private static int CountryAt(IReadOnlyList<Token> tokens, int i)
    {
        // "(Trung Quốc)" after a name says where that body is, it is no side.
        if (!RuleSwitch.On("Countries") || !tokens[i].IsUpperInitial || (i > 0 && (tokens[i - 1].IsUpperInitial || tokens[i - 1].Text == "(")))
        {
            return 0;
        }
        var country = CountryLexicon.Default.Match(tokens, i);
        return country is { } c && (i + c.Length >= tokens.Count || !tokens[i + c.Length].IsUpperInitial) ? c.Length : 0;
    }

    /// <summary>The subject slot starts after the last time phrase ("Chiều 27-10,") or colon before the verb.</summary>
    private static int SubjectStart(IReadOnlyList<Token> tokens, int verb)
    {
        var start = 0;
        for (var k = 0; k < verb; k++)
        {
            var t = tokens[k];
            if (t.Text is ":" or ";")
            {
                // "Đồn Biên phòng các xã: A, B và C ký": the colon opens the places a head is shared by, not the subject.
                if (!(t.Text == ":" && (ListsPlacesOfHead(tokens, start, k) || (RuleSwitch.On("MembersBesideSubject") && CountedAfterAnd(tokens, start, k)))))
                {
                    start = k + 1;
                }
            }
            else if (t.IsWord && TimeWords.Contains(t.Lower) && k + 1 < verb && IsDateAhead(tokens, k + 1))
            {
                var j = k + 1;
                while (j < verb && (tokens[j].Kind == TokenKind.Number || tokens[j].Lower is "ngày" or "tháng" or "năm" or "nay" or "qua" or "(" or ")" or "/" or "-" or "."))
                {
                    j++;
                }
                if (j < verb && tokens[j].Text == ",")
                {
                    j++;
                }
                // "A và B hôm qua (5-6) đã ký", "A và B, ngày 5/6, đã ký": a time phrase between the subject and its verb leaves
                // the subject in place.
                if (RuleSwitch.On("InnerTimePhrase") && k > start && OnlyAspectBefore(tokens, j, verb))
                {
                    k = j - 1;
                    continue;
                }
                start = j;
                k = j - 1;
            }
        }
        return RuleSwitch.On("OccasionPhrase") ? AfterOccasion(tokens, start, verb) : start;
    }

    private static readonly PhraseLexicon<bool> OccasionOpeners = WordSetLexicon.Phrases("occasion-opener");

    private static readonly PhraseLexicon<string> BasisOpeners = SigningCueLexicon.Phrases("phrase-opener");

    /// <summary>
    /// "Nhân kỷ niệm 92 năm Ngày thành lập Đoàn X, Tỉnh đoàn Y ký …", "Hưởng ứng Ngày Pháp luật Việt Nam, Sở A và Đài B ký …",
    /// "Thực hiện Nghị quyết của Ban Chấp hành Hội, …": the bodies of a phrase of the occasion, purpose or basis (the openers the
    /// clause finder reads as a noun phrase's) opening the slot are no sides; the subject follows its comma.
    /// </summary>
    private static int AfterOccasion(IReadOnlyList<Token> tokens, int start, int verb)
    {
        if (start >= verb || (OccasionOpeners.Match(tokens, start) is null && BasisOpeners.Match(tokens, start) is null))
        {
            return start;
        }
        for (var k = start + 1; k < verb - 1; k++)
        {
            if (tokens[k].Text == ",")
            {
                return k + 1;
            }
        }
        return start;
    }

    private const int MaxCountedPreamble = 12;

    /// <summary>
    /// "A và 3 cơ sở đào tạo tại TP X gồm: B, C và D đã ký": the colon opens the members of a counted group joined to the
    /// subject by "và", which sign beside it (extract-gaps class 4); the subject does not start after it.
    /// </summary>
    private static bool CountedAfterAnd(IReadOnlyList<Token> tokens, int from, int colon)
    {
        for (var k = colon - 1; k > from && k >= colon - MaxCountedPreamble; k--)
        {
            if (tokens[k].Text is "," or ";" || (tokens[k].IsWord && BeforeVerb.Contains(tokens[k].Lower)))
            {
                return false;
            }
            if (tokens[k].IsWord && tokens[k].Lower == "và")
            {
                return k + 2 < colon && NextSentenceMembers.LowerCountedGroupAt(tokens, k + 1) >= 0;
            }
        }
        return false;
    }

    private static bool ListsPlacesOfHead(IReadOnlyList<Token> tokens, int from, int colon)
    {
        // "Công an 3 tỉnh gồm:", "Hội Nông dân 3 huyện phía Nam:": "gồm" or a few descriptor words may stand before the colon.
        var loose = RuleSwitch.On("ListAfterDescriptor");
        if (colon == 0 || !tokens[colon - 1].IsWord || (tokens[colon - 1].IsUpperInitial && !loose)
            || (!loose && AdminPhraseParser.Parse(tokens, colon - 1, allowCapitalKeyword: false) is null && tokens[colon - 1].Lower is not ("phố" or "xã" or "trấn")))
        {
            return false;
        }
        for (var k = from; k < colon; k++)
        {
            if (!tokens[k].IsUpperInitial || OrgNameGrammar.HeadEnd(tokens, k, out _) is not (> 0 and var headEnd))
            {
                continue;
            }
            var org = OrgNameGrammar.Parse(tokens, k);
            if (SharedHeadList.Find(tokens, k, headEnd) is not null || (org is not null && Distribute(tokens, org) is not null))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Việt Nam và Quỹ Sao Mai (SMF) đã ký" (extract-gaps class 20): a state joined by "và" or a comma to a body of the
    /// subject signs beside it; the place list reads states only where no body stands in the subject.
    /// </summary>
    private static List<OrgMatch> WithJoinedCountries(IReadOnlyList<Token> tokens, List<OrgMatch> orgs, List<OrgMatch> subject, int from, int verb)
    {
        var joined = subject.ToList();
        var states = orgs.Where(o => o.IsPlaceOnly && o.Start >= from && o.End <= verb && CountryAt(tokens, o.Start) == o.End - o.Start
            // "tại Lào", "Đại sứ Nhật Bản": a place or a person's state, not a side.
            && !AfterPreposition(tokens, o) && !AfterPlacePreposition(tokens, o.Start)
            && PersonTitles.EndsAt(tokens, o.Start) < 0 && !AfterLeaderTitle(tokens, o.Start))
            .ToList();
        // "Việt Nam, Lào và Ngân hàng X": states joined to the subject through one another join it too.
        for (var added = true; added;)
        {
            added = false;
            foreach (var c in states.Where(c => !joined.Contains(c)).ToList())
            {
                if (joined.Any(s => OnlyConnectorsBetween(tokens, c.End, s.Start) || OnlyConnectorsBetween(tokens, ExpandedEnd(tokens, s), c.Start)))
                {
                    joined.Add(c);
                    added = true;
                }
            }
        }
        return joined.OrderBy(o => o.Start).ToList();
    }

    /// <summary>The name is only a state noun ("Chính phủ", "Nhà nước") right after a count ("hai", "2", "các").</summary>
    private static bool CountedStateNoun(IReadOnlyList<Token> tokens, OrgMatch org) =>
        org.Start > 0 && NumberWords.IsCountOrPlural(tokens[org.Start - 1])
        && WordSetLexicon.StateNouns.Match(tokens, org.Start) is { } noun && noun.Length == org.End - org.Start;

    /// <summary>A head of state's or envoy's title of one or two words right before <paramref name="k"/> ("Đại sứ Nhật Bản").</summary>
    private static bool AfterLeaderTitle(IReadOnlyList<Token> tokens, int k) =>
        (k > 0 && LeaderTitle(tokens, k - 1)) || (k > 1 && LeaderTitle(tokens, k - 2));

    /// <summary>"tại Hà Nội", "ở Lào" (written capitalised too, opening a sentence): where something happens.</summary>
    private static bool AfterPlacePreposition(IReadOnlyList<Token> tokens, int k) =>
        k > 0 && tokens[k - 1].IsWord && tokens[k - 1].Lower is "tại" or "ở";

    /// <summary>Only aspect words ("đã", "vừa", "chính thức") from <paramref name="from"/> up to the verb.</summary>
    private static bool OnlyAspectBefore(IReadOnlyList<Token> tokens, int from, int verb)
    {
        for (var k = from; k < verb; k++)
        {
            if (!tokens[k].IsWord || !BeforeVerb.Contains(tokens[k].Lower))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsDateAhead(IReadOnlyList<Token> tokens, int k)
    {
        while (k < tokens.Count && tokens[k].Lower is "ngày" or "nay" or "qua" or "(")
        {
            k++;
        }
        return k < tokens.Count && tokens[k].Kind == TokenKind.Number;
    }

    /// <summary>
    /// "ký kết Kế hoạch … thực hiện Chương trình phối hợp số 10 ngày 23/12/2022 giữa X và Y": a document
    /// number or date between the verb and "giữa" means the sides named belong to the cited document.
    /// </summary>
    private static bool CitationBetween(IReadOnlyList<Token> tokens, int from, int joiner)
    {
        for (var k = from; k < joiner; k++)
        {
            if (tokens[k].Lower == "số" && k + 1 < joiner && tokens[k + 1].Kind == TokenKind.Number)
            {
                return true;
            }
            // "… ngày 23/12/2022 giữa": a dated document; "từ 1/1/2005" dates what the agreement does, not a citation.
            if (tokens[k].Kind == TokenKind.Number && tokens[k].Text.Contains('/') && tokens[k].Text.Length > 5 && k > 0 && tokens[k - 1].Lower == "ngày")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "tại X", "của X", "(X)", "tại trụ sở X": the organisation is a place or an owner; "các Ban Quản lý
    /// rừng": a class of bodies, not a named side.
    /// </summary>
    private static bool AfterPreposition(IReadOnlyList<Token> tokens, OrgMatch org)
    {
        var start = org.Start;
        if (start > 0 && tokens[start - 1].Text == "(")
        {
            return true;
        }
        // Not "các bộ Tài chính, Tư pháp": a plural head over a list of fields names each body (FieldHeadList); nor "các Sở
        // Y tế tỉnh A, B và C", over a list of places (`PluralHeadOverPlaces`; the distribution tries the fields first).
        if (start > 0 && tokens[start - 1].Lower is "các" or "những" or "nhiều"
            && (RuleSwitch.On("PluralHeadOverPlaces") ? Distribute(tokens, org) : FieldHeadList.Find(tokens, start)) is null)
        {
            return true;
        }
        // "tại hội trường cơ quan X": up to four lower-case words between the preposition and the body.
        for (var k = start - 1; k >= 0 && k >= start - 5; k--)
        {
            var t = tokens[k];
            if (!t.IsWord || t.IsUpperInitial)
            {
                return false;
            }
            if (Prepositions.Contains(t.Lower))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Nguyễn Văn A, Giám đốc Sở X", "TS. B - Phó Bí thư Đảng ủy": the organisation follows a title set off after a name.</summary>
    private static bool InApposition(IReadOnlyList<Token> tokens, int start)
    {
        var title = PersonTitles.EndsAt(tokens, start);
        if (title <= 0)
        {
            return false;
        }
        var before = tokens[title - 1];
        return before.Text is "," or "-" or "–" || (before.IsUpperInitial && OrgNameGrammar.HeadEnd(tokens, title - 1, out _) < 0);
    }

    private static readonly PhraseLexicon<bool> PlaceLeaders = WordSetLexicon.Phrases("place-leader");

    /// <summary>
    /// "Đại sứ Australia", "Đại sứ đặc mệnh toàn quyền Nhật Bản Yamada Taro", "Tỉnh trưởng tỉnh X": the countries
    /// ambassadors and the places mayors or governors speak for in tokens [from, to), a person's name after them
    /// allowed; none after a witness cue.
    /// </summary>
    private static IEnumerable<OrgMatch> PlacesSpokenFor(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from; k + 2 < to; k++)
        {
            // "Thị trưởng thành phố X (Trung Quốc)": a mayor or governor signs for the place he heads (PlaceLeaderSide).
            if (RuleSwitch.On("PlaceLeaderSide") && PlaceLeaders.Match(tokens, k) is { } leader
                && AdminPhraseParser.Parse(tokens, k + leader.Length, allowCapitalKeyword: false) is { IsBare: false } placeLed
                && placeLed.End <= to && !WitnessCues.In(tokens, from, k))
            {
                yield return new OrgMatch(placeLed.Start, placeLed.End, placeLed) { IsPlaceOnly = true };
                continue;
            }
            if (!RuleSwitch.On("EnvoyCountry") || tokens[k].Lower != "đại" || tokens[k + 1].Lower != "sứ")
            {
                continue;
            }
            var at = k + 2;
            if (at + 4 < to && tokens[at].Lower == "đặc" && tokens[at + 1].Lower == "mệnh" && tokens[at + 2].Lower == "toàn" && tokens[at + 3].Lower == "quyền")
            {
                at += 4;
            }
            // "Đại sứ Cộng hòa Séc", "Đại sứ Vương quốc Thái Lan": the state named in its official form (EnvoyOfficialForm).
            var name = RuleSwitch.On("EnvoyOfficialForm") ? StateForms.ShortNameAt(tokens, at, to) : at;
            if (name < to && tokens[name].IsUpperInitial && CountryLexicon.Default.Match(tokens, name) is { } country && name + country.Length <= to && !WitnessCues.In(tokens, from, k))
            {
                yield return new OrgMatch(at, name + country.Length, null) { IsPlaceOnly = true };
            }
        }
    }

    /// <summary>"Đại biểu Quốc hội", "Ủy viên Ban Thường vụ Tỉnh ủy": a person's membership, never a signing side.</summary>
    private static bool AfterMembershipTitle(IReadOnlyList<Token> tokens, int start)
    {
        var title = PersonTitles.EndsAt(tokens, start);
        return title >= 0 && tokens[title].Lower is "đại" or "ủy" && tokens[title + 1].Lower is "biểu" or "viên";
    }

    /// <summary>"phát biểu tại lễ ký kết", "Tham dự lễ ký kết có": the verb names the ceremony, its subject is not a signer.</summary>
    private static bool VerbInsideAdverbial(IReadOnlyList<Token> tokens, SigningClause clause)
    {
        if (!clause.Ceremony)
        {
            return false;
        }
        var noun = clause.VerbToken - 1;
        if (noun > 0 && tokens[noun].Lower == "nghị")
        {
            noun--;
        }
        var before = noun > 0 ? tokens[noun - 1] : null;
        return before is not null && before.IsWord && before.Lower is "tại" or "dự" or "trong" or "sau" or "trước" or "của" or "kiến" or "tới" or "về";
    }

    /// <summary>
    /// "X ký biên bản ghi nhớ với A về …, và với B về …" (extract-gaps class 2): after the first partner and what it signs for,
    /// each "và với" names a partner of another document of the same kind. The clause ends at a semicolon or the next verb.
    /// </summary>
    private static IEnumerable<int> PartnersAgain(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from + 1; k < tokens.Count && tokens[k].Text is not (";" or ".") && tokens[k].Lower != "ký"; k++)
        {
            if (tokens[k].IsWord && tokens[k].Lower == "với" && tokens[k - 1].Lower == "và")
            {
                yield return k;
            }
        }
    }

    /// <summary>
    /// "ký hợp đồng tín dụng cho Công ty B vay …": with no "giữa"/"với", the "cho" after a contract's noun that a body
    /// follows names the contract's other side (extract-gaps class 13).
    /// </summary>
    private static int ContractForJoiner(IReadOnlyList<Token> tokens, List<OrgMatch> orgs, int verbEnd)
    {
        var contract = -1;
        for (var k = verbEnd; k < tokens.Count && k < verbEnd + SigningClauseFinder.MaxContractWords && !SigningClauseFinder.EndsContractPhrase(tokens, k); k++)
        {
            if (contract < 0 && SigningClauseFinder.IsContractAt(tokens, k))
            {
                contract = k;
            }
            else if (contract >= 0 && tokens[k].IsWord && tokens[k].Lower == "cho" && orgs.Any(o => o.Start == k + 1 && !o.IsPlaceOnly))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>First "giữa"/"với"/"cùng" after the verb, in the same sentence.</summary>
    private static int FindJoiner(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count; k++)
        {
            // "đối với hộ nghèo": a preposition of what the document is for, not the partner's "với".
            if (tokens[k].IsWord && tokens[k].Lower is "giữa" or "với" or "cùng"
                && !(RuleSwitch.On("ForNotWith") && tokens[k].Lower == "với" && k > 0 && tokens[k - 1].Lower == "đối"))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>
    /// Collective and counted parties with their members listed (extract-gaps.md class 4): "với 3 hội đoàn thể
    /// và các sở, ngành của tỉnh gồm: A, B, C". A longer preamble of lower-case words, counts and commas may stand
    /// before "gồm"/":"; the members after it are the sides. Returns the position of "gồm"/":", or -1 when a
    /// capitalised word, a full stop or a semicolon comes first (then the words are not a collective's name).
    /// </summary>
    internal static int CollectiveIntroEnd(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from; k < Math.Min(tokens.Count, from + 20); k++)
        {
            var t = tokens[k];
            if (t.Text == ":" || t.Lower == "gồm")
            {
                return k > from ? k : -1;
            }
            // "các tổ chức chính trị - xã hội": a dash between two lower-case words of the preamble joins them (DashInPreamble).
            var joiningDash = t.Text is "-" or "–" && k > from && tokens[k - 1].IsWord && k + 1 < tokens.Count && tokens[k + 1].IsWord
                && !tokens[k + 1].IsUpperInitial && RuleSwitch.On("DashInPreamble");
            if (t.IsUpperInitial || t.IsAbbreviation || (t.Kind == TokenKind.Punct && t.Text != "," && !joiningDash))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>The first organisation right after the joiner, or after a short "các đơn vị:" / "gồm" preamble.</summary>
    private static int FirstAfterPreamble(IReadOnlyList<Token> tokens, List<OrgMatch> orgs, int from)
    {
        var limit = from + 2;
        var found = false;
        for (var k = from; k < Math.Min(tokens.Count, from + 8); k++)
        {
            if (tokens[k].Text == ":" || tokens[k].Lower == "gồm")
            {
                limit = k + 2;
                found = true;
                break;
            }
        }
        if (!found && RuleSwitch.On("CollectiveMembers") && CollectiveIntroEnd(tokens, from) is > 0 and var intro)
        {
            limit = intro + 2;
        }
        for (var i = 0; i < orgs.Count; i++)
        {
            if (orgs[i].Start >= from && orgs[i].Start <= limit)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Whether <paramref name="next"/> continues the run that <paramref name="prev"/> ends: only connectors between, or a collective's preamble.</summary>
    private static bool RunGoesOn(IReadOnlyList<Token> tokens, OrgMatch prev, OrgMatch next)
    {
        var end = AfterReferring(tokens, prev);
        return OnlyConnectorsBetween(tokens, end, ListStart(tokens, next)) || CollectiveBetween(tokens, end, next.Start);
    }

    /// <summary>
    /// "giữa A với các Ban Quản lý chợ B, C và D" (extract-gaps class 1): a plural mark before a head shared over a list opens
    /// that list, so it stands with the connectors; before any other body it marks a class, which ends the run.
    /// </summary>
    private static int ListStart(IReadOnlyList<Token> tokens, OrgMatch org) =>
        RuleSwitch.On("PluralListInRun") && org.Start > 0 && NumberWords.IsCountOrPlural(tokens[org.Start - 1]) && Distribute(tokens, org) is not null
            ? org.Start - 1
            : org.Start;

    /// <summary>
    /// "giữa A với 4 tổ chức chính trị – xã hội tỉnh gồm: B, C, D và E" (extract-gaps class 4): a joiner, then a collective's
    /// preamble closed by "gồm"/":" before the next body, continues the run with the collective's members.
    /// </summary>
    private static bool CollectiveBetween(IReadOnlyList<Token> tokens, int from, int to) =>
        RuleSwitch.On("CollectiveInRun") && from + 1 < to && tokens[from].IsWord && ListJoiners.Contains(tokens[from].Lower)
        && CollectiveIntroEnd(tokens, from + 1) is > 0 and var intro && to > intro && to <= intro + 2;

    private static bool OnlyConnectorsBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (to - from > 3 || to < from)
        {
            return false;
        }
        for (var k = from; k < to; k++)
        {
            var t = tokens[k];
            if (!(t.Text is "," or ";" or "-" or "–" or "&" || (t.IsWord && ListJoiners.Contains(t.Lower))))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"giữa UBND 2 huyện nói trên với X": words pointing a counted group back to its members do not end the list.</summary>
    private static int AfterReferring(IReadOnlyList<Token> tokens, OrgMatch org)
    {
        var end = ExpandedEnd(tokens, org);
        return RuleSwitch.On("CountedReferBack") && CountedReferBack.EndsCounted(tokens, org.Start, end) ? CountedReferBack.ReferringEnd(tokens, end) : end;
    }

    private static int ExpandedEnd(IReadOnlyList<Token> tokens, OrgMatch org) => Distribute(tokens, org)?.End ?? org.End;

    /// <summary>"Công an các tỉnh Lào Cai, Yên Bái, Hà Giang" → one side per place, named by the place.</summary>
    private static IEnumerable<(OrgMatch Org, string? Name, string? Canonical, int Start, int End)> Expand(IReadOnlyList<Token> tokens, OrgMatch org)
    {
        // A province or district named with its own keyword is one side; "hai tỉnh A và B" shares the keyword.
        var list = org.IsPlaceOnly && !(org.Start > 0 && NumberWords.IsCount(tokens[org.Start - 1])) ? null : Distribute(tokens, org);
        if (list is null)
        {
            yield return (org, null, null, tokens[org.Start].Start, tokens[org.End - 1].End);
            yield break;
        }
        // "các bộ Tài chính, Tư pháp": a head written in lower case is capitalised with every canonical name (PartyCanonicalizer.Capitalised).
        var head = TokenSpans.Words(tokens, list.HeadStart, list.HeadEnd);
        for (var m = 0; m < list.Members.Count; m++)
        {
            var (s, e, own) = list.Members[m];
            var name = TokenSpans.Spelled(tokens, s, e);
            // "hai tỉnh A và B": the keyword written before the first place is every place's.
            var keyword = own ?? KnownUnitWord(tokens, s, e, list.Keyword) ?? list.Keyword ?? (org.IsPlaceOnly ? list.Members[0].Keyword : null);
            var prefix = string.Join(' ', new[] { head, keyword }.Where(w => !string.IsNullOrEmpty(w)));
            var canonical = prefix.Length == 0 ? name : prefix + " " + name;
            // The last member's span already holds the shared place.
            if (list.Suffix is { } suffix && m < list.Members.Count - 1)
            {
                canonical += " " + suffix;
            }
            yield return (org, name, canonical, tokens[s].Start, tokens[e - 1].End);
        }
    }

    /// <summary>
    /// "Công an các tỉnh, thành phố A, B": a city the lexicon knows, listed under "tỉnh", stays "thành phố"; null
    /// otherwise (a list written "các thành phố" keeps its word for every member).
    /// </summary>
    private static string? KnownUnitWord(IReadOnlyList<Token> tokens, int start, int end, string? listKeyword) =>
        RuleSwitch.On("KnownPlaceMember") && listKeyword == "tỉnh"
        && AdminUnitLexicon.Default.Find(TokenSpans.Keys(tokens, start, end)).FirstOrDefault(u => u.IsProvince)?.Type is "thành phố"
            ? "thành phố"
            : null;

    /// <summary>The places a head is shared by, when the name is followed (or ended) by such a list.</summary>
    private static SharedHeadList.Distribution? Distribute(IReadOnlyList<Token> tokens, OrgMatch org)
    {
        if (FieldHeadList.Find(tokens, org.Start) is { } fields)
        {
            return fields;
        }
        if (!RuleSwitch.On("SharedHeadList"))
        {
            return null;
        }
        if (org.Place is null)
        {
            return SharedHeadList.Find(tokens, org.Start, org.End) ?? SharedHeadList.FindAfterFirstMember(tokens, org);
        }
        if (!org.Place.IsBare)
        {
            return SharedHeadList.FindAfterFirstMember(tokens, org);
        }
        // "Hội Nông dân 4 huyện gồm …": the grammar read the count and unit word as a bare place of the name.
        return SharedHeadList.Find(tokens, org.Start, SharedHeadList.BeforeCounts(tokens, org.Start, org.Place.Start));
    }
}
