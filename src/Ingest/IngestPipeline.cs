using System.Security.Cryptography;
using System.Text;
using Extraction.Ingest.Text;

namespace Extraction.Ingest;

/// <summary>Turns one raw document into one clean article. Immutable and thread-safe: build once, reuse.</summary>
public sealed class IngestPipeline
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);
    private readonly TimeProvider _clock;

    public IngestPipeline()
        : this(TimeProvider.System)
    {
    }

    /// <param name="clock">Decides "today" in Vietnam time, after which no page date is believed.</param>
    public IngestPipeline(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _clock = clock;
    }

    public Article Clean(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = document.Kind == DocumentKind.Html;
        var decoded = Text.ControlCharacters.Strip(Decoding.VietnameseDecoder.Decode(document.Content.Span, document.DeclaredCharset, html));
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().ToOffset(VietnamOffset).DateTime);
        if (html)
        {
            var page = Html.HtmlArticleExtractor.Extract(decoded, document.Url, today);
            var url = page.CanonicalUrl ?? document.Url;
            return new Article(ArticleId(page.Title, page.Text), document.Source, url, SiteOf(url),
                page.Title, page.Published, page.Author, page.Text);
        }
        var cleaned = TextScrapeCleaner.Clean(decoded, today);
        return new Article(ArticleId(cleaned.Title, cleaned.Text), document.Source, document.Url, SiteOf(document.Url),
            cleaned.Title, cleaned.Published, cleaned.Author, cleaned.Text);
    }

    /// <summary>Same text, same id, whatever the source encoding or normalisation form.</summary>
    public static string ArticleId(string cleanedText) => ArticleId(null, cleanedText);

    /// <summary>Same title and text, same id, whatever the source encoding or normalisation form.</summary>
    public static string ArticleId(string? title, string cleanedText)
    {
        ArgumentNullException.ThrowIfNull(cleanedText);
        var content = (title ?? "") + "\n" + cleanedText;
        var bytes = Encoding.UTF8.GetBytes(Nfc.Normalize(content));
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
    }

    /// <summary>The host of an absolute http(s) URL without "www.", or null.</summary>
    public static string? SiteOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }
        var host = uri.IdnHost.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
