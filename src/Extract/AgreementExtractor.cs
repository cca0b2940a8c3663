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
    public const string Version = "0.2.0";

    /// <summary>How many sentences back a sentence without a date may take the date of the one that opened the report.</summary>
    private const int LeadDateLookBack = 4;

    /// <summary>How many sentences at the top may hold the report's opening date (after bylines and date lines).</summary>
    private const int OpeningSentences = 4;

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
                (c.Date, c.DateSentence) = LeadDate(sentences, s.Index);
            }
            candidates.Add(c);
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
        if (!string.IsNullOrEmpty(title) && frames.Any(f => f.Parties.Count < 2))
        {
            // The headline names the sides the signing sentence leaves out ("hai bên đã ký kết").
            var sides = PartyFinder.HeadlineSides(title, place).Select(p => MapToText(p, text)).ToList();
            foreach (var f in frames.Where(f => f.Parties.Count < 2))
            {
                if (f.Parties.Count == 0 || sides.Any(s => PartySimilarity.Same(s, f.Parties[0])))
                {
                    f.Parties.AddRange(sides.Where(s => !f.Parties.Any(p => PartySimilarity.Same(p, s))));
                }
            }
        }
        foreach (var f in frames.Where(f => f.Parties.Count == 0 && f.FirstTextCandidate is not null))
        {
            // "… quy chế phối hợp giữa A, B, C … Đồng thời, Liên ngành tỉnh tổ chức lễ ký kết quy chế mới":
            // the sides of the agreement the sentence just before names.
            var at = f.FirstTextCandidate!.SentenceIndex;
            for (var k = at - 1; k >= 0 && k >= at - 2 && f.Parties.Count == 0; k--)
            {
                var s = sentences[k];
                f.Parties.AddRange(PartyFinder.BetweenSides(text, Tokenizer.Tokenize(text, s.Start, s.End), place));
            }
        }
        if (frames.Any(f => f.Date is null))
        {
            // The report's opening date ("QĐND - Ngày 27-8, ...") when the signing sentences give none.
            var (opening, openingSentence) = OpeningDate(title, sentences);
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

    private static Candidate BuildCandidate(
        string source, List<Token> tokens, List<SigningClause> clauses, ArticlePlace place, int index, bool isTitle, string text, Sentence? sentence = null)
    {
        var clause = clauses[0];
        var parties = new List<PartyMention>();
        foreach (var cl in clauses)
        {
            foreach (var p in PartyFinder.Find(source, tokens, cl, place))
            {
                if (!parties.Any(q => q.Start == p.Start))
                {
                    parties.Add(p);
                }
            }
        }
        if (isTitle)
        {
            parties = parties.Select(p => MapToText(p, text)).ToList();
        }
        var kinds = KindFinder.Find(tokens, clause)
            .Select(k => (k, isTitle ? new TextSpan(0, 0) : new TextSpan(tokens[k.Start].Start, tokens[k.End - 1].End)))
            .ToList();
        var sentenceText = sentence?.Text ?? source;
        var offset = sentence?.Start ?? 0;
        var (subject, subjectSpan) = Subject(source, tokens, kinds.Count > 0 ? kinds[0].k : null, isTitle);
        var dates = isTitle ? [] : DateFinder.Find(sentenceText, offset);
        var date = dates.FirstOrDefault(d => d.EventWord) ?? dates.FirstOrDefault();
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
            Period = DetailFinder.Period(sentenceText),
            Location = DetailFinder.Location(sentenceText),
        };
    }

    private static PartyMention MapToText(PartyMention p, string text)
    {
        var at = text.IndexOf(p.Name, StringComparison.Ordinal);
        return at >= 0 ? p with { Start = at, End = at + p.Name.Length } : p with { Start = 0, End = 0 };
    }

    /// <summary>What the agreement is about: the words after the kind, up to the end of the sentence.</summary>
    private static (string?, TextSpan?) Subject(string source, List<Token> tokens, KindMention? kind, bool isTitle)
    {
        if (kind is null || kind.End >= tokens.Count)
        {
            return (null, null);
        }
        var k = kind.End;
        while (k < tokens.Count && (tokens[k].Lower is "về" or "việc" or ":" or "," || tokens[k].Text is "“" or "\""))
        {
            if (tokens[k].Text is "“" or "\"")
            {
                break;
            }
            k++;
        }
        var end = k;
        while (end < tokens.Count && tokens[end].Text is not ("." or ";" or "(") && end - k < 60)
        {
            end++;
        }
        if (end <= k)
        {
            return (null, null);
        }
        var s = tokens[k].Start;
        var e = tokens[end - 1].End;
        var subject = source[s..e].Trim().TrimEnd(',', ' ');
        if (subject.Length < 3)
        {
            return (null, null);
        }
        return (subject, isTitle ? null : new TextSpan(s, s + subject.Length));
    }

    /// <summary>The nearest earlier date of an event ("Chiều ngày 11/8, …") within a few sentences.</summary>
    private static (DateMention?, string?) LeadDate(List<Sentence> sentences, int index)
    {
        for (var k = index - 1; k >= 0 && k >= index - LeadDateLookBack; k--)
        {
            var d = DateFinder.Find(sentences[k].Text, sentences[k].Start).FirstOrDefault(m => m.EventWord);
            if (d is not null)
            {
                return (d, sentences[k].Text);
            }
        }
        return (null, null);
    }

    private static (DateMention?, string?) OpeningDate(string? title, List<Sentence> sentences)
    {
        if (!string.IsNullOrEmpty(title) && DateFinder.Find(title, 0).FirstOrDefault(m => m.EventWord) is { } t)
        {
            return (t with { Start = 0, End = 0 }, title);
        }
        for (var k = 0; k < Math.Min(OpeningSentences, sentences.Count); k++)
        {
            var d = DateFinder.Find(sentences[k].Text, sentences[k].Start).FirstOrDefault(m => m.EventWord);
            if (d is not null)
            {
                return (d, sentences[k].Text);
            }
        }
        return (null, null);
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
        var signedOn = ResolveDate(f, title, published, all);
        var parties = f.Parties
            .Select(p => new Party(p.Name, p.Canonical, new TextSpan(p.Start, p.End), p.Confidence))
            .ToList();
        var strong = f.Candidates.Any(c => c.Clause.Strong && !c.IsTitle);
        var confidence = 0.4 + (parties.Count >= 2 ? 0.2 : parties.Count == 1 ? 0.1 : 0) + (signedOn is null ? 0 : 0.15)
            + (f.Kind is null ? 0 : 0.1) + (strong ? 0.15 : 0);
        TextSpan? dateSpan = f.Date is { } d && d.End > d.Start ? new TextSpan(d.Start, d.End) : null;
        return new Agreement(
            f.Kind,
            f.Subject,
            signedOn,
            f.Period,
            f.Location,
            parties,
            ContentItemFinder.Find(text, scope),
            ReferenceFinder.Find(text, scope),
            PeopleFinder.Find(text, scope),
            evidence,
            Math.Min(1.0, confidence))
        {
            KindSpan = f.KindSpan,
            SubjectSpan = f.SubjectSpan,
            SignedOnSpan = signedOn is null ? null : dateSpan,
        };
    }

    /// <summary>
    /// The year: written with the date; else the page date's year, or the year before when the day
    /// would fall after the page date; else a year stated about the event ("năm 2023"); else none.
    /// </summary>
    private static PartialDate? ResolveDate(Frame f, string? title, DateOnly? published, List<Candidate> all)
    {
        if (f.Date is not { } d)
        {
            return null;
        }
        if (d.DaysBeforePage is int back)
        {
            return published is { } p ? PartialDate.From(p.AddDays(-back)) : null;
        }
        if (d.Year is int y)
        {
            return new PartialDate(y, d.Month, d.Day);
        }
        if (published is { } page)
        {
            var year = (d.Month, d.Day).CompareTo((page.Month, page.Day)) > 0 ? page.Year - 1 : page.Year;
            return new PartialDate(year, d.Month, d.Day);
        }
        var stated = (f.DateSentence is null ? null : YearFinder.Find(f.DateSentence))
            ?? f.Candidates.Where(c => !c.IsTitle).Select(c => YearFinder.Find(c.SentenceText)).FirstOrDefault(v => v is not null)
            ?? all.Where(c => !c.IsTitle).Select(c => YearFinder.Find(c.SentenceText)).FirstOrDefault(v => v is not null)
            ?? (title is null ? null : YearFinder.Find(title));
        return new PartialDate(stated, d.Month, d.Day);
    }
}
