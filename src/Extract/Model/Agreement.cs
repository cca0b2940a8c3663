using Extraction.Extract.Confidence;

namespace Extraction.Extract.Model;

/// <summary>One agreement signed in an article, every field with the place it came from.</summary>
public sealed record Agreement(
    string? Kind,
    string? Subject,
    PartialDate? SignedOn,
    string? Period,
    string? Location,
    IReadOnlyList<Party> Parties,
    IReadOnlyList<ContentItem> Items,
    IReadOnlyList<DocumentReference> References,
    IReadOnlyList<Person> People,
    TextSpan Evidence,
    double Confidence)
{
    public TextSpan? KindSpan { get; init; }

    public TextSpan? SubjectSpan { get; init; }

    /// <summary>Where the period is stated ("giai đoạn 2021 - 2025"); null when it came from the headline.</summary>
    public TextSpan? PeriodSpan { get; init; }

    /// <summary>Where the place of signing is named (after "tại"); null when it came from the headline.</summary>
    public TextSpan? LocationSpan { get; init; }

    public TextSpan? SignedOnSpan { get; init; }

    /// <summary>
    /// Confidence of each field found whose correctness the gold measures (kind, subject, signed_on, items), 0 to 1:
    /// the measured precision of its provenance bucket; period and location have none. Parties carry their own.
    /// </summary>
    public IReadOnlyDictionary<string, double> FieldConfidence { get; init; } = new Dictionary<string, double>();

    /// <summary>The evidence bucket of the agreement, whose measured precision is <see cref="Confidence"/>.</summary>
    internal Provenance Provenance { get; init; }

    /// <summary>The provenance bucket of each field in <see cref="FieldConfidence"/>.</summary>
    internal IReadOnlyDictionary<string, Provenance> FieldProvenance { get; init; } = new Dictionary<string, Provenance>();
}
