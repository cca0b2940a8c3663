using Extraction.Extract.Dates;
using Extraction.Extract.Detection;
using Extraction.Extract.Frames;
using Extraction.Extract.Text;

namespace Extraction.Extract.Pipeline;

/// <summary>Detection: the sentences (and the headline) whose "ký"/"ký kết" reports a signing that happened.</summary>
internal sealed class SigningDetectionStep : IExtractionStep
{
    public string Name => "SigningDetection";

    public bool Run(ExtractionContext context)
    {
        var text = context.Text;
        var title = context.Title;
        // Cheap gate first: no "ký"/"kí" anywhere means no signing report.
        if (!SigningTrigger.Mentions(text) && !SigningTrigger.Mentions(title))
        {
            return false;
        }
        context.Sentences = SentenceSplitter.Split(text);
        var published = context.Article.Published;
        int? reportYear = null;
        var reportYearRead = false;
        int? ReportYear()
        {
            if (!reportYearRead)
            {
                (reportYear, reportYearRead) = (YearFinder.ReportYear(text), true);
            }
            return reportYear;
        }
        foreach (var s in context.Sentences)
        {
            if (!SigningTrigger.Mentions(s.Text))
            {
                continue;
            }
            var tokens = Tokenizer.Tokenize(text, s.Start, s.End);
            var clauses = SigningClauseFinder.Find(tokens);
            if (clauses.Count == 0 && s.Index > 0 && RuleSwitch.On("GroupContractSubject") && SigningClauseFinder.CallsTwoSides(tokens))
            {
                var before = context.Sentences[s.Index - 1];
                if (SigningClauseFinder.NamesTwoBodies(Tokenizer.Tokenize(text, before.Start, before.End)))
                {
                    clauses = SigningClauseFinder.Find(tokens, sidesNamedBefore: true);
                }
            }
            if (RuleSwitch.On("StatedOldDate"))
            {
                clauses.RemoveAll(c => StatedOldDate.IsOld(text, tokens, c, published, ReportYear));
            }
            if (clauses.Count > 0)
            {
                context.Signing.Add((s, tokens, clauses));
                if (context.Signing.Count == FrameBuilder.MaxCandidates)
                {
                    break;
                }
            }
        }
        if (!string.IsNullOrWhiteSpace(title) && SigningTrigger.Mentions(title) && !IsShouting(title))
        {
            context.TitleTokens = Tokenizer.Tokenize(title, 0, title.Length);
            context.TitleClauses = SigningClauseFinder.Find(context.TitleTokens);
        }
        if (RuleSwitch.On("CeremonyAside"))
        {
            DropCeremonyAsides(context.Signing);
        }
        return context.Signing.Count > 0 || context.TitleClauses is { Count: > 0 };
    }

    /// <summary>Clauses that only name the ceremony as an aside go where the page has a clause that reports it.</summary>
    private static void DropCeremonyAsides(List<(Sentence Sentence, List<Token> Tokens, List<SigningClause> Clauses)> signing)
    {
        var asides = signing.Select(e => e.Clauses.Where(c => SigningClauseFinder.IsCeremonyAside(e.Tokens, c)).ToList()).ToList();
        var count = asides.Sum(a => a.Count);
        if (count == 0 || count == signing.Sum(e => e.Clauses.Count))
        {
            return;
        }
        for (var i = 0; i < signing.Count; i++)
        {
            signing[i].Clauses.RemoveAll(asides[i].Contains);
        }
        signing.RemoveAll(e => e.Clauses.Count == 0);
    }

    private static bool IsShouting(string title) => title.Count(char.IsLower) < title.Count(char.IsUpper);
}
