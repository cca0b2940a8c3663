namespace Extraction.Index.Indexing;

/// <summary>
/// One searchable row: an agreement (AgreementIndex ≥ 0) or a whole article (-1), with its display
/// values, filter values and the key text of each weighted field (X = exact keys, F = folded keys).
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
    int EvidenceEnd,
    IndexedKeys Keys);
