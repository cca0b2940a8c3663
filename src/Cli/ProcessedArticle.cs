using Extraction.Extract.Model;

namespace Extraction.Cli;

/// <summary>What the pipeline gives for one input document: an extracted article, or the error that stopped it.</summary>
public sealed record ProcessedArticle(string Source, ExtractedArticle? Result, string? Error)
{
    /// <summary>The file (or "-") the article came from, which may hold many records.</summary>
    public string Input { get; init; } = Source;

    /// <summary>An input whose source already holds this very content (a resumed ingest): not redone, not an error.</summary>
    public bool Skipped { get; init; }
}
