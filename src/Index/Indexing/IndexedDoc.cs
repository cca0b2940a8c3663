namespace Extraction.Index.Indexing;

/// <summary>
/// One searchable row: an agreement (AgreementIndex ≥ 0) or a whole article (-1), with its display
/// values, filter values and the text of each weighted field (<see cref="Texts"/>) for the analyzer to key.
/// </summary>
public sealed record IndexedDoc(
    int AgreementIndex,
    string? Kind,
    string? SignedOn,
    int? Year,
    int? DateKey,
    string? Place,
    IReadOnlyList<string> Parties,
    string? Subject,
    string? Evidence,
    int EvidenceStart,
    int EvidenceEnd)
{
    /// <summary>The same fields as written, for an analyzer to key: each party on its own, so no phrase matches across two.</summary>
    public IndexedTexts Texts { get; init; } = IndexedTexts.Empty;
}

/// <summary>The text of each weighted field, unkeyed: parties one by one, title, subject, body, kind, place units.</summary>
public sealed record IndexedTexts(IReadOnlyList<string> Parties, string Title, string Subject, string Body, string Kind, IReadOnlyList<string> Units)
{
    public static IndexedTexts Empty { get; } = new([], "", "", "", "", []);
}
