using System.Globalization;
using System.Text.Json;
using HtmlAgilityPack;
using Extraction.Ingest.Dates;

namespace Extraction.Ingest.Html;

/// <summary>
/// Reads what a page says about itself: JSON-LD, Open Graph and article meta tags, &lt;time&gt;, canonical link.
/// Must run on the unpruned document (head, scripts).
/// </summary>
internal static class HtmlMetadataReader
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private static readonly string[] MetaKeyAttributes = ["property", "name", "itemprop"];

    private static readonly string[] DateMetaKeys =
    [
        "article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate", "publish-date",
        "publish_date", "published_time", "dc.date.issued", "dc.date", "dcterms.created", "date", "sailthru.date",
        "parsely-pub-date", "article.published", "published-date", "cxenseparse:recs:publishtime", "itemprop:datepublished",
    ];

    public static PageMetadata Read(PageScan scan, string? pageUrl, DateOnly today)
    {
        var meta = MetaValues(scan.Metas);
        var ld = JsonLdReader.Read(scan.JsonLdScripts);
        var published = ld.Published is { } ldDate ? ParseMetaDate(ldDate, today) : null;
        foreach (var key in DateMetaKeys)
        {
            if (published is not null)
            {
                break;
            }
            if (meta.TryGetValue(key, out var value))
            {
                published = ParseMetaDate(value, today);
            }
        }
        if (published is null)
        {
            foreach (var time in scan.Times)
            {
                var value = time.GetAttributeValue("datetime", "");
                published = value.Length > 0 ? ParseMetaDate(value, today) : VietnameseDateLineParser.FindDate(DomText.Inline(time), today);
                if (published is not null)
                {
                    break;
                }
            }
        }

        var canonical = scan.Links
            .FirstOrDefault(l => l.GetAttributeValue("rel", "").Equals("canonical", StringComparison.OrdinalIgnoreCase))
            ?.GetAttributeValue("href", "");
        if (string.IsNullOrWhiteSpace(canonical))
        {
            canonical = meta.GetValueOrDefault("og:url");
        }
        canonical = Absolute(canonical, pageUrl);

        var siteName = meta.GetValueOrDefault("og:site_name");
        var author = ld.Author ?? meta.GetValueOrDefault("author") ?? meta.GetValueOrDefault("article:author") ?? meta.GetValueOrDefault("dable:author");
        if (author is not null && (author.Contains("://", StringComparison.Ordinal) || author.Contains(".com", StringComparison.OrdinalIgnoreCase)
            || author.Contains(".vn", StringComparison.OrdinalIgnoreCase) || string.Equals(author, siteName, StringComparison.OrdinalIgnoreCase)))
        {
            author = null;
        }

        var titleTag = scan.TitleElement is { } t ? DomText.Inline(t) : null;
        return new PageMetadata(
            Clean(meta.GetValueOrDefault("og:title") ?? meta.GetValueOrDefault("twitter:title")),
            Clean(ld.Headline),
            Clean(titleTag),
            siteName,
            published,
            Clean(author),
            canonical);
    }

    /// <summary>An ISO timestamp in Vietnam time (offset respected), else a day-first date.</summary>
    public static DateOnly? ParseMetaDate(string value, DateOnly today)
    {
        value = value.Trim();
        if (value.Length >= 10 && char.IsDigit(value[0]) && value[4] is '-' or '/')
        {
            if (value.Length > 10 && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto)
                && HasOffset(value))
            {
                var local = DateOnly.FromDateTime(dto.ToOffset(VietnamOffset).DateTime);
                return local <= today ? local : null;
            }
            if (DateOnly.TryParseExact(value[..10].Replace('/', '-'), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d <= today && d.Year >= 1990 ? d : null;
            }
        }
        return VietnameseDateLineParser.FindDate(value, today);
    }

    private static bool HasOffset(string value)
    {
        var t = value.IndexOf('T', StringComparison.Ordinal);
        if (t < 0)
        {
            t = value.IndexOf(' ', StringComparison.Ordinal);
        }
        if (t < 0)
        {
            return false;
        }
        var time = value[t..];
        return time.EndsWith('Z') || time.Contains('+', StringComparison.Ordinal) || time.LastIndexOf('-') > 0;
    }

    private static Dictionary<string, string> MetaValues(List<HtmlNode> metas)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in metas)
        {
            var content = meta.GetAttributeValue("content", "");
            if (content.Length == 0)
            {
                continue;
            }
            content = DeEntitize(content);
            foreach (var attr in MetaKeyAttributes)
            {
                var key = meta.GetAttributeValue(attr, "");
                if (key.Length > 0)
                {
                    values.TryAdd(key.Trim(), content);
                    if (attr == "itemprop")
                    {
                        values.TryAdd("itemprop:" + key.Trim(), content);
                    }
                }
            }
        }
        return values;
    }

    private static string? Absolute(string? href, string? pageUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }
        href = DeEntitize(href.Trim());
        if (Uri.TryCreate(href, UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https")
        {
            return abs.ToString();
        }
        if (pageUrl is not null && Uri.TryCreate(pageUrl, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, href, out var rel))
        {
            return rel.ToString();
        }
        return null;
    }

    // HtmlAgilityPack rebuilds the string char by char even when it holds no entity.
    private static string DeEntitize(string text) => text.Contains('&') ? HtmlEntities.Decode(text) : text;

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var t = DomText.Collapse(DeEntitize(text));
        return t.Length == 0 ? null : t;
    }
}
