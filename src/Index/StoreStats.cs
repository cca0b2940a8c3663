namespace Extraction.Index;

/// <summary>Counts over the whole store: articles, agreements, and agreements by kind, place and year.</summary>
public sealed record StoreStats(
    int Articles,
    int Agreements,
    IReadOnlyList<FacetCount> ByKind,
    IReadOnlyList<FacetCount> ByPlace,
    IReadOnlyList<FacetCount> ByYear)
{
    /// <summary>Agreements of duplicate copies (syndicated articles), hidden from search and from <see cref="Agreements"/>.</summary>
    public int HiddenAgreements { get; init; }
}
