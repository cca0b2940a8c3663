namespace Extraction.Index;

/// <summary>What storing one article did to the row its source (file path or URL) names.</summary>
public enum UpsertOutcome
{
    /// <summary>Nothing was stored for this source before.</summary>
    Added,

    /// <summary>The same page (same article id) was stored before and is stored again: a re-ingest or re-extraction.</summary>
    Updated,

    /// <summary>A different page (another article id) was stored under this source and is gone now: two inputs carried the same URL, or a recrawl changed the page.</summary>
    Replaced,
}

internal static class UpsertOutcomes
{
    /// <summary>The outcome from the article id stored under the source before (null: none) and the one stored now.</summary>
    public static UpsertOutcome Of(string? storedId, string newId) =>
        storedId is null ? UpsertOutcome.Added
        : string.Equals(storedId, newId, StringComparison.Ordinal) ? UpsertOutcome.Updated
        : UpsertOutcome.Replaced;
}
