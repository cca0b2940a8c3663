using Extraction.Extract.Confidence;
using Extraction.Extract.Model;

namespace Extraction.Learning.Confidence;

/// <summary>
/// The constants the extractor wrote as confidences before they were measured (extractor 0.4.5), reproduced from the
/// provenance they encoded, so the calibration of both is measured on the same values in one run.
/// </summary>
internal static class OldConstants
{
    public static double Of(Provenance provenance) => provenance switch
    {
        Provenance.PartyFullName or Provenance.PartyFullerEarlier => 0.9,
        Provenance.PartyShortHead or Provenance.PartyAntecedent or Provenance.PartyReferredBack => 0.7,
        Provenance.PartyPlaceOnly or Provenance.PartyHeadline or Provenance.PartySignerAffiliation => 0.6,
        Provenance.KindSentence => 0.9,
        Provenance.KindHeadline => 0.6,
        Provenance.SubjectSentence => 0.8,
        Provenance.SubjectHeadline => 0.5,
        Provenance.SignedOnStated => 0.9,
        Provenance.SignedOnNoYear => 0.75,
        Provenance.SignedOnInferred => 0.6,
        Provenance.ItemsInScope or Provenance.ItemsBefore => 0.85,
        _ => throw new ArgumentOutOfRangeException(nameof(provenance), provenance, "not a field or party bucket"),
    };

    /// <summary>The old agreement formula: 0.4, plus sides, a date, a kind and a strong clause, capped at 1.</summary>
    public static double Of(Agreement agreement)
    {
        var strong = agreement.Provenance is Provenance.AgreementCeremonyTwoSides or Provenance.AgreementCeremonyFewSides
            or Provenance.AgreementStrongTwoSides or Provenance.AgreementStrongFewSides;
        var sum = 0.4 + (agreement.Parties.Count >= 2 ? 0.2 : agreement.Parties.Count == 1 ? 0.1 : 0)
            + (agreement.SignedOn is null ? 0 : 0.15) + (agreement.Kind is null ? 0 : 0.1) + (strong ? 0.15 : 0);
        return Math.Min(1.0, sum);
    }
}
