using Extraction.Extract.Confidence;
using Extraction.Extract.Dates;
using Extraction.Extract.Frames;
using Extraction.Extract.Kinds;
using Extraction.Extract.Model;
using Extraction.Extract.Parties;

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
        var years = new ReportDates.StatedYears();
        for (var i = 0; i < frames.Count; i++)
        {
            var (agreement, scope) = Assemble(context, i, years);
            context.Agreements.Add(agreement);
            context.Scopes.Add(scope);
        }
        return true;
    }

    private static (Agreement, TextSpan) Assemble(ExtractionContext context, int i, ReportDates.StatedYears years)
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
        var signedOn = ReportDates.Resolve(f, context.Title, context.Article.Published, context.Candidates, text, years);
        var parties = f.Parties
            .Select(p => new Party(p.Name, PartyCanonicalizer.Capitalised(p.Canonical), new TextSpan(p.Start, p.End), Measured(p.Source)) { InTitle = p.InTitle, Provenance = p.Source })
            .ToList();
        if (RuleSwitch.On("OneSidePerCanonical"))
        {
            parties = OnePerCanonical(parties);
        }
        var provenance = Evidence(f, parties.Count);
        TextSpan? dateSpan = f.Date is { } d && d.End > d.Start ? new TextSpan(d.Start, d.End) : null;
        var fields = FieldProvenance(f, signedOn, dateSpan);
        var (kind, kindSpan, subject, subjectSpan) = (f.Kind, f.KindSpan, f.Subject, f.SubjectSpan);
        if (RuleSwitch.On("KindQualifier") && kind is not null && kindSpan is { } read)
        {
            (kind, var grown, subject, subjectSpan) = KindQualifier.Grow(text, kind, read, subject, subjectSpan);
            kindSpan = grown;
        }
        var agreement = new Agreement(kind, subject, signedOn, f.Period, f.Location, parties, [], [], [], evidence, Measured(provenance))
        {
            KindSpan = kindSpan,
            SubjectSpan = subjectSpan,
            PeriodSpan = f.PeriodSpan,
            LocationSpan = f.LocationSpan,
            SignedOnSpan = signedOn is null ? null : dateSpan,
            Provenance = provenance,
            FieldProvenance = fields,
            FieldConfidence = fields.ToDictionary(x => x.Key, x => Measured(x.Value), StringComparer.Ordinal),
        };
        return (agreement, scope);
    }

    /// <summary>
    /// "Đại sứ nước A …, thay mặt Chính phủ nước A, …": two mentions of one body (the same canonical name, as the state rules
    /// that run last can make them) are one side, named by its fuller mention at the first one's place.
    /// </summary>
    private static List<Party> OnePerCanonical(List<Party> parties)
    {
        var kept = new List<Party>(parties.Count);
        foreach (var party in parties)
        {
            var same = kept.FindIndex(k => string.Equals(k.Canonical, party.Canonical, StringComparison.OrdinalIgnoreCase));
            if (same < 0)
            {
                kept.Add(party);
            }
            else if (party.Name.Length > kept[same].Name.Length)
            {
                kept[same] = party;
            }
        }
        return kept;
    }

    /// <summary>
    /// The agreement's evidence bucket: the strongest clause reporting it in the text (a ceremony, a strong verb, a
    /// plain one) and whether it has two sides.
    /// </summary>
    private static Provenance Evidence(Frame f, int sides)
    {
        var text = f.Candidates.Where(c => !c.IsTitle).ToList();
        var two = sides >= 2;
        return text.Any(c => c.Clause.Ceremony)
            ? two ? Provenance.AgreementCeremonyTwoSides : Provenance.AgreementCeremonyFewSides
            : text.Any(c => c.Clause.Strong)
                ? two ? Provenance.AgreementStrongTwoSides : Provenance.AgreementStrongFewSides
                : two ? Provenance.AgreementPlainTwoSides : Provenance.AgreementPlainFewSides;
    }

    /// <summary>
    /// Where each field was read (the signing sentence, the headline, inferred from the page date): the bucket of its
    /// confidence. Period and location have none: the gold does not annotate them, so their precision is unmeasured.
    /// </summary>
    private static Dictionary<string, Provenance> FieldProvenance(Frame f, PartialDate? signedOn, TextSpan? dateSpan)
    {
        var fields = new Dictionary<string, Provenance>(StringComparer.Ordinal);
        if (f.Kind is not null)
        {
            fields["kind"] = f.KindSpan is null ? Provenance.KindHeadline : Provenance.KindSentence;
        }
        if (f.Subject is not null)
        {
            fields["subject"] = f.SubjectSpan is null ? Provenance.SubjectHeadline : Provenance.SubjectSentence;
        }
        if (signedOn is { } date)
        {
            fields["signed_on"] = dateSpan is null ? Provenance.SignedOnInferred : date.Year is null ? Provenance.SignedOnNoYear : Provenance.SignedOnStated;
        }
        return fields;
    }

    private static double Measured(Provenance provenance) => ConfidenceTable.Default.Of(provenance)!.Value;
}
