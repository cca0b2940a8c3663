namespace Extraction.Ingest.Text;

/// <summary>What cleaning a page yields: the article body (without the title) and what the page says about itself.</summary>
public sealed record CleanedText(string? Title, DateOnly? Published, string? Author, string Text);
