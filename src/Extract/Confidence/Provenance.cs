namespace Extraction.Extract.Confidence;

/// <summary>
/// Where an extracted value came from: the buckets whose precision, measured against the gold, is the value's
/// confidence (<see cref="ConfidenceTable"/>). Few and structural, so each holds enough gold to be measured.
/// </summary>
internal enum Provenance
{
    /// <summary>No bucket: a value whose correctness the gold cannot measure carries no confidence.</summary>
    None = 0,

    /// <summary>A side read in a signing sentence as an organisation name of two or more words.</summary>
    PartyFullName,

    /// <summary>A side read in a signing sentence as a one-word name (a bare head).</summary>
    PartyShortHead,

    /// <summary>A side read in a signing sentence that is a place only (a province, a country).</summary>
    PartyPlaceOnly,

    /// <summary>A side the headline names, for a signing sentence that names too few.</summary>
    PartyHeadline,

    /// <summary>A side of an earlier sentence's list replaced by its fuller name from that sentence.</summary>
    PartyFullerEarlier,

    /// <summary>A bare head subject completed with the body named before it.</summary>
    PartyAntecedent,

    /// <summary>A member of a counted group ("N tỉnh vừa nêu") taken from where the page named it before.</summary>
    PartyReferredBack,

    /// <summary>The body closing the title the page gives a person who signs.</summary>
    PartySignerAffiliation,

    /// <summary>An agreement reported by a ceremony clause, with two or more sides.</summary>
    AgreementCeremonyTwoSides,

    /// <summary>An agreement reported by a ceremony clause, with fewer than two sides.</summary>
    AgreementCeremonyFewSides,

    /// <summary>An agreement reported by a strong (not ceremony) signing clause, with two or more sides.</summary>
    AgreementStrongTwoSides,

    /// <summary>An agreement reported by a strong (not ceremony) signing clause, with fewer than two sides.</summary>
    AgreementStrongFewSides,

    /// <summary>An agreement reported by a plain signing clause (or the headline), with two or more sides.</summary>
    AgreementPlainTwoSides,

    /// <summary>An agreement reported by a plain signing clause (or the headline), with fewer than two sides.</summary>
    AgreementPlainFewSides,

    /// <summary>The kind named in the signing sentence.</summary>
    KindSentence,

    /// <summary>The kind read from the headline.</summary>
    KindHeadline,

    /// <summary>The subject read in the signing sentence.</summary>
    SubjectSentence,

    /// <summary>The subject read from the headline.</summary>
    SubjectHeadline,

    /// <summary>The signing date stated in the text with its year (or the year given beside it).</summary>
    SignedOnStated,

    /// <summary>The signing date stated as day and month only, the year unknown.</summary>
    SignedOnNoYear,

    /// <summary>The signing date inferred (the page date, a date outside the signing sentence).</summary>
    SignedOnInferred,

    /// <summary>Contents listed in the agreement's own scope.</summary>
    ItemsInScope,

    /// <summary>Contents listed before the ceremony sentence.</summary>
    ItemsBefore,
}
