using Extraction.Extract.Dates;
using Extraction.Extract.Detection;
using Extraction.Extract.Frames;
using Extraction.Extract.Items;
using Extraction.Extract.Kinds;
using Extraction.Extract.Model;
using Extraction.Extract.Parties;
using Extraction.Extract.People;
using Extraction.Extract.Places;
using Extraction.Extract.References;
using Extraction.Extract.Text;
using Extraction.Ingest;

namespace Extraction.Extract;

/// <summary>Finds every agreement an article reports as signed. Immutable and thread-safe: build once, reuse.</summary>
public sealed class AgreementExtractor
{
    /// <summary>Bumped whenever extraction output may change, so stored rows can be reprocessed.</summary>
    public const string Version = "0.4.0";

    public ExtractedArticle Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text ?? string.Empty;
        var title = article.Title;
        // Cheap gate first: no "ký"/"kí" anywhere means no signing report.
        if (!SigningTrigger.Mentions(text) && !SigningTrigger.Mentions(title))
        {
            return new ExtractedArticle(article, false, [], Version);
        }
        var sentences = SentenceSplitter.Split(text);
        var signing = new List<(Sentence Sentence, List<Token> Tokens, List<SigningClause> Clauses)>();
        foreach (var s in sentences)
        {
            if (!SigningTrigger.Mentions(s.Text))
            {
                continue;
            }
            var tokens = Tokenizer.Tokenize(text, s.Start, s.End);
            var clauses = SigningClauseFinder.Find(tokens);
            if (clauses.Count > 0)
            {
                signing.Add((s, tokens, clauses));
            }
        }
        List<Token>? titleTokens = null;
        List<SigningClause>? titleClauses = null;
        if (!string.IsNullOrWhiteSpace(title) && SigningTrigger.Mentions(title) && !IsShouting(title))
        {
            titleTokens = Tokenizer.Tokenize(title, 0, title.Length);
            titleClauses = SigningClauseFinder.Find(titleTokens);
        }
        if (signing.Count == 0 && titleClauses is not { Count: > 0 })
        {
            return new ExtractedArticle(article, false, [], Version);
        }

        var place = PlaceResolver.Resolve(title, Tokenizer.Tokenize(text, 0, text.Length));
        var candidates = new List<Candidate>();
        foreach (var (s, tokens, clauses) in signing)
        {
            var c = BuildCandidate(text, tokens, clauses, place, s.Index, isTitle: false, text, s);
            if (c.Date is null)
            {
                (c.Date, c.DateSentence) = ReportDates.LeadDate(sentences, s.Index);
            }
            candidates.AddRange(RuleSwitch.On("GroupSplit") ? DocumentGroups.Split(c, text, tokens, place) : [c]);
        }
        if (candidates.Count > 0 && RuleSwitch.On("ListedLines"))
        {
            candidates.AddRange(DocumentGroups.ListedLines(text, sentences, signing.Select(x => x.Sentence.Index).ToHashSet(), place));
            candidates = candidates.OrderBy(c => c.SentenceIndex).ToList();
        }
        // The headline goes last: it confirms or completes what the text says, it does not open agreements of its own.
        if (titleClauses is { Count: > 0 })
        {
            candidates.Add(BuildCandidate(title!, titleTokens!, titleClauses, place, -1, isTitle: true, text));
        }
        var frames = FrameBuilder.Build(candidates).Where(IsReport).ToList();
        if (frames.Count == 0)
        {
            return new ExtractedArticle(article, false, [], Version);
        }
        if (RuleSwitch.On("SideCompleter"))
        {
            SideCompleter.Complete(frames, title, text, sentences, place);
        }
        if (frames.Any(f => f.Date is null))
        {
            // The report's opening date ("QĐND - Ngày 27-8, ...") when the signing sentences give none.
            var (opening, openingSentence) = ReportDates.OpeningDate(title, sentences);
            foreach (var f in frames.Where(f => f.Date is null))
            {
                (f.Date, f.DateSentence) = (opening, openingSentence);
            }
        }
        var agreements = new List<Agreement>(frames.Count);
        for (var i = 0; i < frames.Count; i++)
        {
            agreements.Add(ToAgreement(frames, i, text, title, article.Published, candidates));
        }
        return new ExtractedArticle(article, true, agreements, Version);
    }

    private static bool IsShouting(string title) => title.Count(char.IsLower) < title.Count(char.IsUpper);

    /// <summary>A frame is a report of a signing when it names two sides, a date, a ceremony, or a firm verb with a kind or a side.</summary>
    private static bool IsReport(Frame f) =>
        f.Parties.Count >= 2 || f.Date is not null || f.Candidates.Any(c => c.Clause.Ceremony)
        || ((f.Kind is not null || f.Parties.Count == 1) && f.Candidates.Any(c => c.Clause.Strong));

    /// <summary>Real signing sentences hold one to three signing verbs; more is a run-on or junk.</summary>
    private const int MaxClausesPerSentence = 6;

    private static Candidate BuildCandidate(
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
        if (isTitle)
        {
            parties = parties.Select(p => p.MapTo(text)).ToList();
        }
        var kinds = KindFinder.Find(tokens, clause)
            .Select(k => (k, isTitle ? new TextSpan(0, 0) : new TextSpan(tokens[k.Start].Start, tokens[k.End - 1].End)))
            .ToList();
        var sentenceText = sentence?.Text ?? source;
        var offset = sentence?.Start ?? 0;
        var (subject, subjectSpan) = SubjectReader.Read(source, tokens, kinds.Count > 0 ? kinds[0].k : null, isTitle);
        var dates = isTitle ? [] : DateFinder.Find(sentenceText, offset);
        var date = dates.FirstOrDefault(d => d.EventWord) ?? dates.FirstOrDefault();
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

    private static Agreement ToAgreement(List<Frame> frames, int i, string text, string? title, DateOnly? published, List<Candidate> all)
    {
        var f = frames[i];
        var evidence = f.FirstTextCandidate?.Evidence ?? new TextSpan(0, 0);
        var nextStart = text.Length;
        for (var j = i + 1; j < frames.Count; j++)
        {
            var e = frames[j].FirstTextCandidate?.Evidence;
            if (e is { } span && span.Start > evidence.Start)
            {
                nextStart = span.Start;
                break;
            }
        }
        var scope = new TextSpan(evidence.Start, Math.Max(evidence.Start, nextStart));
        var signedOn = ReportDates.Resolve(f, title, published, all, text);
        var parties = f.Parties
            .Select(p => new Party(p.Name, p.Canonical, new TextSpan(p.Start, p.End), p.Confidence) { InTitle = p.InTitle })
            .ToList();
        var strong = f.Candidates.Any(c => c.Clause.Strong && !c.IsTitle);
        var confidence = 0.4 + (parties.Count >= 2 ? 0.2 : parties.Count == 1 ? 0.1 : 0) + (signedOn is null ? 0 : 0.15)
            + (f.Kind is null ? 0 : 0.1) + (strong ? 0.15 : 0);
        TextSpan? dateSpan = f.Date is { } d && d.End > d.Start ? new TextSpan(d.Start, d.End) : null;
        var items = ContentItemFinder.Find(text, scope);
        // The first agreement may have its contents described before the ceremony sentence.
        if (items.Count == 0 && i == 0 && RuleSwitch.On("ContentsBefore"))
        {
            items = ContentsBefore.Find(text, 0, evidence.Start, f.Kind);
        }
        return new Agreement(
            f.Kind,
            f.Subject,
            signedOn,
            f.Period,
            f.Location,
            parties,
            items,
            ReferenceFinder.Find(text, scope),
            PeopleFinder.Find(text, scope),
            evidence,
            Math.Min(1.0, confidence))
        {
            KindSpan = f.KindSpan,
            SubjectSpan = f.SubjectSpan,
            PeriodSpan = f.PeriodSpan,
            LocationSpan = f.LocationSpan,
            SignedOnSpan = signedOn is null ? null : dateSpan,
            FieldConfidence = FieldConfidences(f, signedOn, dateSpan, items.Count),
        };
    }

    /// <summary>
    /// How far each field can be trusted, by where it came from: a value read in the signing
    /// sentence beats one completed from the headline or inferred from the page date.
    /// </summary>
    private static Dictionary<string, double> FieldConfidences(Frame f, PartialDate? signedOn, TextSpan? dateSpan, int items)
    {
        var confidence = new Dictionary<string, double>(StringComparer.Ordinal);
        if (f.Kind is not null)
        {
            confidence["kind"] = f.KindSpan is null ? 0.6 : 0.9;
        }
        if (f.Subject is not null)
        {
            confidence["subject"] = f.SubjectSpan is null ? 0.5 : 0.8;
        }
        if (signedOn is { } date)
        {
            confidence["signed_on"] = dateSpan is null ? 0.6 : date.Year is null ? 0.75 : 0.9;
        }
        if (f.Period is not null)
        {
            confidence["period"] = 0.9;
        }
        if (f.Location is not null)
        {
            confidence["location"] = 0.7;
        }
        if (items > 0)
        {
            confidence["items"] = 0.85;
        }
        return confidence;
    }
}
