namespace Extraction.Index.Results;

/// <summary>One matching row as the backend returns it, before paging and facet counting.</summary>
public readonly record struct MatchRow(long Id, double Score, int DateKey, string? Kind, int? Year, string? Place, string Parties);
