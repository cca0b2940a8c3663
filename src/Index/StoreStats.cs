namespace Extraction.Index;

/// <summary>Counts over the whole store: articles, agreements, and agreements by kind, place and year.</summary>
public sealed record StoreStats(
    int Articles,
    int Agreements,
    IReadOnlyList<FacetCount> ByKind,
    IReadOnlyList<FacetCount> ByPlace,
    IReadOnlyList<FacetCount> ByYear);
