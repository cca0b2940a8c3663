namespace Extraction.Index;

/// <summary>One page of ranked hits, the exact total match count and the facet counts of the same query.</summary>
public sealed record SearchResults(
    IReadOnlyList<SearchHit> Hits,
    int Total,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);

/// <summary>An agreement (or article, with --articles) that matched, with the snippet to show.</summary>
/// <param name="AgreementIndex">Position of the agreement in its article, or -1 for an article hit.</param>
/// <param name="Snippet">Text around the match with matched words marked by [ and ].</param>
public sealed record SearchHit(
    string ArticleId,
    int AgreementIndex,
    string Source,
    string? Title,
    DateOnly? Published,
    string? Kind,
    string? SignedOn,
    IReadOnlyList<string> Parties,
    string Snippet,
    double Score,
    int EvidenceStart,
    int EvidenceEnd);

public sealed record FacetCount(string Value, int Count);
