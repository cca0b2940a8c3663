using Extraction.Extract.Dates;
using Extraction.Extract.Detection;
using Extraction.Extract.Frames;
using Extraction.Extract.Kinds;
using Extraction.Extract.Model;
using Extraction.Extract.Parties;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Pipeline;

/// <summary>
/// Candidate generation: what each signing sentence says (sides, kind, subject, date, period, place), split by
/// document groups when asked, with the listed document lines and, last, the headline.
/// </summary>
internal sealed class CandidateGenerationStep(bool documentGroups, bool listedLines) : IExtractionStep
{
    /// <summary>Real signing sentences hold one to three signing verbs; more is a run-on or junk.</summary>
    private const int MaxClausesPerSentence = 6;

    public string Name => "CandidateGeneration";

    public bool Run(ExtractionContext context)
    {
        var text = context.Text;
        var place = context.Place = PlaceResolver.Resolve(context.Title, Tokenizer.Tokenize(text, 0, text.Length));
        var candidates = new List<Candidate>();
        Candidate? dated = null;
        foreach (var (s, tokens, clauses) in context.Signing)
        {
            var first = candidates.Count;
            foreach (var c in BuildPerClauseGroup(text, tokens, clauses, place, s))
            {
                Complete(context, text, tokens, place, s, c, candidates, dated);
            }
            dated = candidates.Skip(first).LastOrDefault(c => c.DatedInItsSentence) ?? dated;
        }
        if (RuleSwitch.On("LongerMention") && candidates.Count > 0)
        {
            LongerMention.Complete(text, context.Sentences, candidates, place);
        }
        if (candidates.Count > 0 && listedLines)
        {
            var lines = DocumentGroups.ListedLines(text, context.Sentences, context.Signing.Select(x => x.Sentence.Index).ToHashSet(), place);
            // A line the list after a counting sentence has already read (DocumentList.Following) is not told twice.
            candidates.AddRange(lines.Where(line => !candidates.Any(c => SameListedDocument(c, line))).ToList());
            candidates = candidates.OrderBy(c => c.SentenceIndex).ToList();
        }
        // The headline goes last: it confirms or completes what the text says, it does not open agreements of its own.
        if (context.TitleClauses is { Count: > 0 } titleClauses)
        {
            candidates.Add(Build(context.Title!, context.TitleTokens!, titleClauses, place, -1, isTitle: true, text));
        }
        context.Candidates = candidates;
        return true;
    }

    /// <summary>
    /// "Đại diện A đã ký quy chế với đại diện X; đại diện B đã ký quy chế với đại diện Y" (extract-gaps class 2): signing
    /// clauses set apart by a semicolon are one candidate each when every one names two sides of its own; otherwise
    /// the sentence is one candidate. Tried before that: one signer with a document and its "với" partners per clause, its
    /// verb perhaps left out (SharedSignerClauses, ElidedVerb).
    /// </summary>
    private static List<Candidate> BuildPerClauseGroup(string text, List<Token> tokens, List<SigningClause> clauses, ArticlePlace place, Sentence s)
    {
        Candidate? built = null;
        List<Candidate> whole() => [built ??= Build(text, tokens, clauses, place, s.Index, isTitle: false, text, s)];
        // "ký thỏa thuận với B, biên bản ghi nhớ với C": a later document with its own partner is a clause with its verb left out.
        var withElided = RuleSwitch.On("ElidedVerb") ? SharedSignerClauses.WithElidedVerbs(tokens, clauses) : clauses;
        if (withElided.Count >= 2 && RuleSwitch.On("SharedSignerClauses"))
        {
            var full = ReferenceEquals(withElided, clauses) ? whole()[0] : Build(text, tokens, withElided, place, s.Index, isTitle: false, text, s);
            if (SharedSignerClauses.Split(full, text, tokens, withElided) is { } perDocument)
            {
                return perDocument;
            }
        }
        if (clauses.Count < 2)
        {
            return whole();
        }
        if (!RuleSwitch.On("SemicolonClauses"))
        {
            return whole();
        }
        var groups = new List<List<SigningClause>> { new() { clauses[0] } };
        // Where each later group's part of the sentence begins: right after the last semicolon before its first verb.
        var cuts = new List<int>();
        for (var k = 1; k < clauses.Count; k++)
        {
            var from = clauses[k - 1].VerbEndToken;
            var semicolon = Enumerable.Range(from, Math.Max(0, clauses[k].VerbToken - from)).LastOrDefault(x => tokens[x].Text == ";", -1);
            if (semicolon >= 0)
            {
                groups.Add([]);
                cuts.Add(semicolon + 1);
            }
            groups[^1].Add(clauses[k]);
        }
        if (groups.Count < 2)
        {
            return RuleSwitch.On("CommaClauses") && CommaClauses(text, tokens, clauses, place, s) is { } byComma ? byComma : whole();
        }
        // Each group read on its own part of the sentence first, so one clause's partner list does not run past the semicolon
        // into the next clause's subject.
        if (RuleSwitch.On("SemicolonParts") && SemicolonParts(text, tokens, groups, cuts, place, s) is { } parts)
        {
            return parts;
        }
        var split = groups.Select(g => Build(text, tokens, g, place, s.Index, isTitle: false, text, s)).ToList();
        return split.All(c => c.Parties.Count >= 2) ? split : whole();
    }

    /// <summary>The groups of clauses, each built on its own part of the sentence (<paramref name="cuts"/>): null unless each names two sides.</summary>
    private static List<Candidate>? SemicolonParts(
        string text, List<Token> tokens, List<List<SigningClause>> groups, List<int> cuts, ArticlePlace place, Sentence s)
    {
        var result = new List<Candidate>(groups.Count);
        for (var g = 0; g < groups.Count; g++)
        {
            var part = BuildPart(text, tokens, g == 0 ? 0 : cuts[g - 1], g < cuts.Count ? cuts[g] : tokens.Count, groups[g], place, s);
            if (part.Parties.Count < 2)
            {
                return null;
            }
            // "…; C ký kết với D": a part that names no document of its own signs the one named before it.
            if (part.Kinds.Count == 0 && result.Count > 0)
            {
                part.Kinds.AddRange(result[^1].Kinds);
            }
            result.Add(part);
        }
        return result;
    }

    /// <summary>
    /// "A và B ký chương trình X, C và D ký kế hoạch Y" (extract-gaps class 2): two signing clauses parted by a comma, each
    /// naming two sides of its own before or after its verb, are two candidates; otherwise the sentence stays whole.
    /// </summary>
    private static List<Candidate>? CommaClauses(string text, List<Token> tokens, List<SigningClause> clauses, ArticlePlace place, Sentence sentence)
    {
        if (clauses.Count != 2)
        {
            return null;
        }
        // The last comma before the second verb (measured against the first comma after the first verb: +1 right side on
        // the national split suite, docs/decisions.md).
        for (var d = clauses[1].VerbToken - 1; d > clauses[0].VerbEndToken; d--)
        {
            if (tokens[d].Text == ",")
            {
                return CutAt(text, tokens, clauses, d + 1, place, sentence);
            }
        }
        return null;
    }

    /// <summary>The sentence of two signing clauses cut before token <paramref name="cut"/>: two candidates when each part names two sides.</summary>
    private static List<Candidate>? CutAt(string text, List<Token> tokens, List<SigningClause> clauses, int cut, ArticlePlace place, Sentence sentence)
    {
        var before = BuildPart(text, tokens, 0, cut, [clauses[0]], place, sentence);
        var after = BuildPart(text, tokens, cut, tokens.Count, [clauses[1]], place, sentence);
        return before.Parties.Count >= 2 && after.Parties.Count >= 2 ? [before, after] : null;
    }

    /// <summary>A candidate read on tokens [<paramref name="from"/>, <paramref name="to"/>) of the sentence only, its clauses moved to that part.</summary>
    private static Candidate BuildPart(
        string text, List<Token> tokens, int from, int to, IEnumerable<SigningClause> clauses, ArticlePlace place, Sentence sentence) =>
        Build(text, tokens.GetRange(from, to - from),
            clauses.Select(c => c with { VerbToken = c.VerbToken - from, VerbEndToken = c.VerbEndToken - from }).ToList(),
            place, sentence.Index, isTitle: false, text, sentence);

    /// <param name="dated">The latest signing of an earlier sentence dated in its own sentence ("Cùng ngày, …" takes its day).</param>
    private void Complete(ExtractionContext context, string text, List<Token> tokens, ArticlePlace place, Sentence s, Candidate c, List<Candidate> candidates, Candidate? dated)
    {
        var next = s.Index + 1 < context.Sentences.Count ? context.Sentences[s.Index + 1] : null;
        if (next is not null)
        {
            // A counted collective's members (NextSentenceMembers), or the bodies a counted group in lower-case words stands
            // for (NextSentenceBodies), listed in the next sentence.
            var expanded = RuleSwitch.On("NextSentenceMembers") ? NextSentenceMembers.Expand(text, c.Parties, next) : c.Parties;
            var members = NextSentenceMembers.AddListedBodies(text, tokens, expanded, next, place);
            if (!ReferenceEquals(members, c.Parties))
            {
                c.Parties.Clear();
                c.Parties.AddRange(members);
            }
        }
        if (c.Date is null)
        {
            (c.Date, c.DateSentence) = ReportDates.LeadDate(context.Sentences, s.Index);
        }
        if (c.Date is null && RuleSwitch.On("EarlierSigningDay") && dated is not null && dated.SentenceIndex >= s.Index - ReportDates.LeadDateLookBack)
        {
            (c.Date, c.DateSentence) = (dated.Date, dated.DateSentence);
        }
        // "giữa UBND 2 huyện nói trên với X": a counted group's members named before replace it.
        var sides = RuleSwitch.On("CountedReferBack") ? CountedReferBack.Resolve(text, context.Sentences, s.Index, tokens, c.Parties, place) : null;
        if (sides is not null)
        {
            c.Parties.Clear();
            c.Parties.AddRange(sides);
        }
        // Not where the sentence's counted group was replaced by its members (CountedReferBack).
        if (RuleSwitch.On("DocumentListInSentence") && sides is null && DocumentList.InSentence(c, text, tokens, place) is { } listed)
        {
            candidates.AddRange(listed);
            return;
        }
        if (RuleSwitch.On("DocumentListAfter") && DocumentList.Following(c, text, tokens, context.Sentences, place) is { } following)
        {
            candidates.AddRange(following);
            return;
        }
        candidates.AddRange(documentGroups ? DocumentGroups.Split(c, text, tokens, place) : [c]);
    }

    private static bool SameListedDocument(Candidate listed, Candidate line) =>
        listed.Listed != ListedRole.None && listed.Kinds.Count > 0 && line.Kinds.Count > 0
        && listed.Kinds[0].Mention.Kind == line.Kinds[0].Mention.Kind && listed.Parties.Count == line.Parties.Count
        && line.Parties.All(p => listed.Parties.Any(q => PartySimilarity.Same(p, q)));

    /// <summary>
    /// "A và B ký biên bản làm việc; ký kế hoạch phối hợp …" (extract-gaps class 2): a later verb set apart by ";"
    /// with a document of its own signs a second document between the same sides.
    /// </summary>
    private static IEnumerable<KindMention> KindsAfterSemicolon(List<Token> tokens, List<SigningClause> clauses, List<KindMention> found)
    {
        for (var k = 1; k < clauses.Count && k < MaxClausesPerSentence; k++)
        {
            var from = clauses[k - 1].VerbEndToken;
            if (!Enumerable.Range(from, Math.Max(0, clauses[k].VerbToken - from)).Any(x => tokens[x].Text == ";"))
            {
                continue;
            }
            var own = KindFinder.Find(tokens, clauses[k]).FirstOrDefault(m => m.Start >= clauses[k].VerbEndToken);
            if (own is not null && found.All(f => f.Kind != own.Kind))
            {
                yield return own;
            }
        }
    }

    private static Candidate Build(
        string source, List<Token> tokens, List<SigningClause> clauses, ArticlePlace place, int index, bool isTitle, string text, Sentence? sentence = null)
    {
        var clause = clauses[0];
        var parties = new List<PartyMention>();
        var starts = new HashSet<int>();
        // Each clause scans the whole sentence: a cap keeps a pathological run-on sentence linear.
        foreach (var cl in clauses.Take(MaxClausesPerSentence))
        {
            foreach (var p in PartyFinder.Find(source, tokens, cl, place))
            {
                if (starts.Add(p.Start))
                {
                    parties.Add(p);
                }
            }
        }
        if (parties.Count > PartyFinder.MaxSides)
        {
            parties.RemoveRange(PartyFinder.MaxSides, parties.Count - PartyFinder.MaxSides);
        }
        if (isTitle)
        {
            parties = parties.Select(p => p.MapTo(text)).ToList();
        }
        var found = KindFinder.Find(tokens, clause);
        // "đã ký biên bản hội đàm, sau đó ký hiệp định …": the first verb's object is no kind, a later verb's is.
        for (var k = 1; found.Count == 0 && k < clauses.Count && RuleSwitch.On("LaterClauseKind"); k++)
        {
            found = KindFinder.Find(tokens, clauses[k]);
        }
        if (RuleSwitch.On("SemicolonKinds") && found.Count > 0)
        {
            found = [.. found, .. KindsAfterSemicolon(tokens, clauses, found)];
        }
        var kinds = found
            .Select(k => (k, isTitle ? new TextSpan(0, 0) : new TextSpan(tokens[k.Start].Start, tokens[k.End - 1].End)))
            .ToList();
        var sentenceText = sentence?.Text ?? source;
        var offset = sentence?.Start ?? 0;
        var (subject, subjectSpan) = SubjectReader.Read(source, tokens, kinds.Count > 0 ? kinds[0].k : null, isTitle);
        var dates = isTitle ? [] : DateFinder.Find(sentenceText, offset);
        var date = SigningDay.After(tokens, clauses, dates) ?? DateFinder.SigningDate(dates);
        var period = DetailFinder.Period(sentenceText, offset);
        var location = DetailFinder.Location(sentenceText, offset);
        return new Candidate
        {
            SentenceIndex = index,
            IsTitle = isTitle,
            Evidence = sentence is null ? new TextSpan(0, 0) : new TextSpan(sentence.Start, sentence.End),
            SentenceText = sentenceText,
            Clause = clause,
            Parties = parties,
            Kinds = kinds,
            Subject = subject,
            SubjectSpan = subjectSpan,
            Date = date,
            DateSentence = date is null ? null : sentenceText,
            Period = period?.Value,
            PeriodSpan = isTitle ? null : period?.Span,
            Location = location?.Value,
            LocationSpan = isTitle ? null : location?.Span,
        };
    }
}
