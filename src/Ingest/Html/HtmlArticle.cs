namespace Extraction.Ingest.Html;

/// <summary>What the HTML extractor finds on a page: the main text (without title) and the page's metadata.</summary>
public sealed record HtmlArticle(string? Title, DateOnly? Published, string? Author, string? CanonicalUrl, string Text);
