using Extraction.Extract.Dates;
using Extraction.Extract.Detection;
using Extraction.Extract.Kinds;
using Extraction.Extract.Model;
using Extraction.Extract.Parties;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>
/// Agreements named document by document, each with its own "giữa" group: "ký Thỏa thuận … giữa A và B, ký
/// Biên bản ghi nhớ … giữa A và C" in one sentence, or a list of lines "Bản ghi nhớ … giữa A và B." under a
/// ceremony. One agreement per group; groups naming the same sides stay one agreement.
/// </summary>
internal static class DocumentGroups
{
    /// <summary>The signing sentence's candidate split by its "giữa" groups, when each group follows a kind of its own.</summary>
    public static List<Candidate> Split(Candidate c, string text, List<Token> tokens, ArticlePlace place)
    {
        var groups = PartyFinder.BetweenGroups(text, tokens, place);
        if (groups.Count < 2 || groups.All(g => SameSides(g.Sides, groups[0].Sides)))
        {
            return [c];
        }
        var parts = new List<Candidate>(groups.Count);
        var from = 0;
        foreach (var (joiner, sides) in groups)
        {
            var kind = KindFinder.LastIn(tokens, from, joiner);
            if (kind is null)
            {
                return [c];
            }
            parts.Add(Part(c, text, tokens, kind, sides));
            from = joiner + 1;
        }
        return parts;
    }

    /// <summary>
    /// Lines that open with a kind and name a "giữa" group ("Bản ghi nhớ hợp tác … giữa A và B.") standing
    /// in a list: after a line ending in a colon, or next to another such line.
    /// </summary>
    public static List<Candidate> ListedLines(string text, List<Sentence> sentences, ISet<int> signingSentences, ArticlePlace place)
    {
        var lines = new Dictionary<int, (List<Token> Tokens, KindMention Kind)>();
        foreach (var s in sentences)
        {
            if (signingSentences.Contains(s.Index) || !StartsLine(text, s.Start) || !s.Text.Contains("giữa", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var tokens = Tokenizer.Tokenize(text, s.Start, s.End);
            if (KindFinder.Opening(tokens) is { } kind)
            {
                lines[s.Index] = (tokens, kind);
            }
        }
        var result = new List<Candidate>();
        foreach (var (index, (tokens, kind)) in lines.OrderBy(l => l.Key))
        {
            var listed = lines.ContainsKey(index - 1) || lines.ContainsKey(index + 1)
                || (index > 0 && sentences[index - 1].Text.TrimEnd().EndsWith(':'));
            if (!listed)
            {
                continue;
            }
            var groups = PartyFinder.BetweenGroups(text, tokens, place);
            if (groups.Count == 0 || groups[0].Joiner < kind.End)
            {
                continue;
            }
            var s = sentences[index];
            var clause = new SigningClause(kind.Start, kind.Start, Ceremony: false, Strong: false);
            var dates = DateFinder.Find(s.Text, s.Start);
            var date = DateFinder.SigningDate(dates);
            var line = new Candidate
            {
                SentenceIndex = index,
                IsTitle = false,
                Evidence = new TextSpan(s.Start, s.End),
                SentenceText = s.Text,
                Clause = clause,
                Parties = groups[0].Sides,
                Kinds = [],
                Date = date,
                DateSentence = date is null ? null : s.Text,
                Period = DetailFinder.Period(s.Text, s.Start)?.Value,
                PeriodSpan = DetailFinder.Period(s.Text, s.Start)?.Span,
                Location = DetailFinder.Location(s.Text, s.Start)?.Value,
                LocationSpan = DetailFinder.Location(s.Text, s.Start)?.Span,
            };
            result.Add(Part(line, text, tokens, kind, groups[0].Sides));
            // Each listed line is an agreement of its own, framed as a signing sentence is.
            if (result.Count == FrameBuilder.MaxCandidates)
            {
                break;
            }
        }
        return result;
    }

    internal static Candidate Part(Candidate c, string text, List<Token> tokens, KindMention kind, List<PartyMention> sides, ListedRole listed = ListedRole.None)
    {
        var (subject, subjectSpan) = SubjectReader.Read(text, tokens, kind, isTitle: false);
        return new Candidate
        {
            SentenceIndex = c.SentenceIndex,
            IsTitle = false,
            Evidence = c.Evidence,
            SentenceText = c.SentenceText,
            Clause = c.Clause,
            Parties = sides,
            Kinds = [(kind, new TextSpan(tokens[kind.Start].Start, tokens[kind.End - 1].End))],
            Subject = subject,
            SubjectSpan = subjectSpan,
            Date = c.Date,
            DateSentence = c.DateSentence,
            Period = c.Period,
            PeriodSpan = c.PeriodSpan,
            Location = c.Location,
            LocationSpan = c.LocationSpan,
            Listed = listed,
        };
    }

    private static bool StartsLine(string text, int start)
    {
        var k = start - 1;
        while (k >= 0 && text[k] is ' ' or '\t')
        {
            k--;
        }
        return k < 0 || text[k] == '\n';
    }

    private static bool SameSides(List<PartyMention> a, List<PartyMention> b) =>
        a.Count == b.Count && a.All(p => b.Any(q => PartySimilarity.Same(p, q)));
}
