using Extraction.Extract.Dates;
using Extraction.Extract.Frames;
using Extraction.Extract.Model;

namespace Extraction.Extract.Pipeline;

/// <summary>
/// Each frame becomes an agreement: its signing date resolved (year inferred), its sides, and the spans of
/// every field; the scope that the content steps read is the text from its evidence to the next agreement's.
/// </summary>
internal sealed class AgreementAssemblyStep : IExtractionStep
{
    public string Name => "AgreementAssembly";

    public bool Run(ExtractionContext context)
    {
        var frames = context.Frames;
        for (var i = 0; i < frames.Count; i++)
        {
            var (agreement, scope) = Assemble(context, i);
            context.Agreements.Add(agreement);
            context.Scopes.Add(scope);
        }
        return true;
    }

    private static (Agreement, TextSpan) Assemble(ExtractionContext context, int i)
    {
        var frames = context.Frames;
        var text = context.Text;
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
        var signedOn = ReportDates.Resolve(f, context.Title, context.Article.Published, context.Candidates, text);
        var parties = f.Parties
            .Select(p => new Party(p.Name, p.Canonical, new TextSpan(p.Start, p.End), p.Confidence) { InTitle = p.InTitle })
            .ToList();
        var strong = f.Candidates.Any(c => c.Clause.Strong && !c.IsTitle);
        var confidence = 0.4 + (parties.Count >= 2 ? 0.2 : parties.Count == 1 ? 0.1 : 0) + (signedOn is null ? 0 : 0.15)
            + (f.Kind is null ? 0 : 0.1) + (strong ? 0.15 : 0);
        TextSpan? dateSpan = f.Date is { } d && d.End > d.Start ? new TextSpan(d.Start, d.End) : null;
        var agreement = new Agreement(f.Kind, f.Subject, signedOn, f.Period, f.Location, parties, [], [], [], evidence, Math.Min(1.0, confidence))
        {
            KindSpan = f.KindSpan,
            SubjectSpan = f.SubjectSpan,
            PeriodSpan = f.PeriodSpan,
            LocationSpan = f.LocationSpan,
            SignedOnSpan = signedOn is null ? null : dateSpan,
            FieldConfidence = FieldConfidences(f, signedOn, dateSpan),
        };
        return (agreement, scope);
    }

    /// <summary>
    /// How far each field can be trusted, by where it came from: a value read in the signing
    /// sentence beats one completed from the headline or inferred from the page date.
    /// </summary>
    private static Dictionary<string, double> FieldConfidences(Frame f, PartialDate? signedOn, TextSpan? dateSpan)
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
        return confidence;
    }
}
