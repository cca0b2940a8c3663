namespace Extraction.Ingest.Html;

/// <summary>Placeholder until the HTML extractor lands: treats the page as text.</summary>
public static class HtmlArticleExtractor
{
    public static HtmlArticle Extract(string html, string? url, DateOnly today)
    {
        _ = url;
        var cleaned = Text.TextScrapeCleaner.Clean(html, today);
        return new HtmlArticle(cleaned.Title, cleaned.Published, cleaned.Author, null, cleaned.Text);
    }
}
