namespace Extraction.Extract.Confidence;

/// <summary>
/// The name of each <see cref="Provenance"/> in the confidence table and its parent: a bucket measured on too few gold
/// values takes its parent's precision. The roots are the families (party, agreement, kind, …).
/// </summary>
internal static class ConfidenceBuckets
{
    /// <summary>Every bucket in table order: name, parent name (null for a root).</summary>
    public static readonly IReadOnlyList<(string Name, string? Parent)> All =
    [
        ("party", null),
        ("party.sentence", "party"),
        ("party.sentence.full_name", "party.sentence"),
        ("party.sentence.short_head", "party.sentence"),
        ("party.sentence.place_only", "party.sentence"),
        ("party.elsewhere", "party"),
        ("party.elsewhere.headline", "party.elsewhere"),
        ("party.elsewhere.fuller_earlier", "party.elsewhere"),
        ("party.elsewhere.antecedent", "party.elsewhere"),
        ("party.elsewhere.referred_back", "party.elsewhere"),
        ("party.elsewhere.signer_affiliation", "party.elsewhere"),
        ("agreement", null),
        ("agreement.ceremony", "agreement"),
        ("agreement.ceremony.two_sides", "agreement.ceremony"),
        ("agreement.ceremony.few_sides", "agreement.ceremony"),
        ("agreement.strong", "agreement"),
        ("agreement.strong.two_sides", "agreement.strong"),
        ("agreement.strong.few_sides", "agreement.strong"),
        ("agreement.plain", "agreement"),
        ("agreement.plain.two_sides", "agreement.plain"),
        ("agreement.plain.few_sides", "agreement.plain"),
        ("kind", null),
        ("kind.sentence", "kind"),
        ("kind.headline", "kind"),
        ("subject", null),
        ("subject.sentence", "subject"),
        ("subject.headline", "subject"),
        ("signed_on", null),
        ("signed_on.stated", "signed_on"),
        ("signed_on.no_year", "signed_on"),
        ("signed_on.inferred", "signed_on"),
        ("items", null),
        ("items.in_scope", "items"),
        ("items.before", "items"),
    ];

    /// <summary>The table name of a provenance's leaf bucket.</summary>
    public static string Name(Provenance provenance) => provenance switch
    {
        Provenance.PartyFullName => "party.sentence.full_name",
        Provenance.PartyShortHead => "party.sentence.short_head",
        Provenance.PartyPlaceOnly => "party.sentence.place_only",
        Provenance.PartyHeadline => "party.elsewhere.headline",
        Provenance.PartyFullerEarlier => "party.elsewhere.fuller_earlier",
        Provenance.PartyAntecedent => "party.elsewhere.antecedent",
        Provenance.PartyReferredBack => "party.elsewhere.referred_back",
        Provenance.PartySignerAffiliation => "party.elsewhere.signer_affiliation",
        Provenance.AgreementCeremonyTwoSides => "agreement.ceremony.two_sides",
        Provenance.AgreementCeremonyFewSides => "agreement.ceremony.few_sides",
        Provenance.AgreementStrongTwoSides => "agreement.strong.two_sides",
        Provenance.AgreementStrongFewSides => "agreement.strong.few_sides",
        Provenance.AgreementPlainTwoSides => "agreement.plain.two_sides",
        Provenance.AgreementPlainFewSides => "agreement.plain.few_sides",
        Provenance.KindSentence => "kind.sentence",
        Provenance.KindHeadline => "kind.headline",
        Provenance.SubjectSentence => "subject.sentence",
        Provenance.SubjectHeadline => "subject.headline",
        Provenance.SignedOnStated => "signed_on.stated",
        Provenance.SignedOnNoYear => "signed_on.no_year",
        Provenance.SignedOnInferred => "signed_on.inferred",
        Provenance.ItemsInScope => "items.in_scope",
        Provenance.ItemsBefore => "items.before",
        _ => throw new ArgumentOutOfRangeException(nameof(provenance), provenance, "no confidence bucket"),
    };

    /// <summary>The bucket and its ancestors, leaf first.</summary>
    public static IEnumerable<string> Lineage(string bucket)
    {
        for (string? b = bucket; b is not null; b = All.First(x => x.Name == b).Parent)
        {
            yield return b;
        }
    }
}
