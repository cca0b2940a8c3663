namespace Extraction.Ingest;

/// <summary>One cleaned article: what Ingest hands to Extract. Offsets downstream point into <see cref="Text"/>.</summary>
/// <param name="Id">Stable id: the same input content gives the same id (hash of the NFC text and source kind).</param>
/// <param name="Source">The input path or URL as the user gave it.</param>
/// <param name="Text">Cleaned main text, NFC, without the title.</param>
public sealed record Article(
    string Id,
    string Source,
    string? Url,
    string? Site,
    string? Title,
    DateOnly? Published,
    string? Author,
    string Text)
{
    /// <summary>Id of the first article of this article's near-duplicate group, or null when it heads its own.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>Hash of the raw input this article came from (bytes, URL, charset, kind), or null when unknown: an ingest skips an input whose source already holds this hash.</summary>
    public string? InputHash { get; init; }
}
