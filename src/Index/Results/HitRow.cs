namespace Extraction.Index.Results;

/// <summary>What a backend loads for a hit on the page, before the snippet is cut.</summary>
public sealed record HitRow(
    long Id,
    string ArticleId,
    int AgreementIndex,
    string Source,
    string? Title,
    DateOnly? Published,
    string? Kind,
    string? SignedOn,
    string Parties,
    string? Subject,
    string? Evidence,
    int EvidenceStart,
    int EvidenceEnd,
    string? ArticleText);
