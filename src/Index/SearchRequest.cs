namespace Extraction.Index;

/// <summary>A search as the user asked it: the query text plus the CLI's filter options.</summary>
public sealed record SearchRequest(
    string Query,
    string? Party = null,
    string? Place = null,
    string? Kind = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Limit = 10,
    int Offset = 0,
    bool Articles = false)
{
    /// <summary>Count facets over the whole match set (the default); off makes a search that only needs hits cheaper.</summary>
    public bool Facets { get; init; } = true;

    /// <summary>Newest first (signing date, else publication date) instead of by relevance.</summary>
    public bool SortByDate { get; init; }
}
