namespace Extraction.Ingest.Html;

/// <summary>What a page's head and structured data say about it.</summary>
internal sealed record PageMetadata(
    string? OgTitle,
    string? LdHeadline,
    string? TitleTag,
    string? SiteName,
    DateOnly? Published,
    string? Author,
    string? CanonicalUrl);
