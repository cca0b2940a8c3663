namespace Extraction.Index.Sqlite.Postings;

/// <summary>The exact match count, the best ranked candidates (id, score) in rank order, and the facets of one query.</summary>
internal sealed record PostingResult(int Total, List<(long Id, double Score)> Best, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);
