using HtmlAgilityPack;
using Extraction.Ingest.Dates;
using Extraction.Ingest.Text;

namespace Extraction.Ingest.Html;

/// <summary>
/// HTML page in, article out: metadata from the head and structured data, main text from the block that
/// scores best (see <see cref="MainContentFinder"/>), with captions, share bars, related lists and bylines left out.
/// Parser: HtmlAgilityPack, chosen by measurement (docs/decisions.md).
/// </summary>
public static class HtmlArticleExtractor
{
    /// <summary>How many page lines around the headline may hold its date line.</summary>
    private const int DateWindowBefore = 4;
    private const int DateWindowAfter = 10;

    /// <summary>Unclosed tags beyond which the page is not handed to the parser at all.</summary>
    private const int MaxParseDepth = 4000;

    /// <summary>Real pages nest a few dozen levels; beyond this the page is read flat.</summary>
    private const int MaxScoringDepth = 1000;

    /// <summary>Below this many characters the first pass probably missed the article.</summary>
    private const int RetryBelowChars = 400;

    public static HtmlArticle Extract(string html, string? url, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (NestingProbe.NestsDeeperThan(html, MaxParseDepth))
        {
            // Too deep for the parser's recursion: strip the tags and read the page as a text scrape.
            return FromScrape(TextScrapeCleaner.Clean(TagStripper.Strip(html), today));
        }
        // No id index (nothing here looks nodes up by id, and it costs on every parse and removal), and no syntax
        // report on unclosed tags (never read; the tree is the same).
        var doc = new HtmlDocument { OptionUseIdAttribute = false, OptionCheckSyntax = false };
        doc.LoadHtml(html);
        var scan = PageScan.Of(doc.DocumentNode);
        if (scan.MaxDepth > MaxScoringDepth)
        {
            // Absurd nesting would overflow the recursive walks: read the page as a text scrape instead.
            return FromScrape(TextScrapeCleaner.Clean(DomText.FlatLines(doc.DocumentNode), today));
        }
        var meta = HtmlMetadataReader.Read(scan, url, today);
        var body = BodyOf(doc);
        var title = TitleChooser.Choose(scan, meta);

        var published = meta.Published ?? DateNearTitle(body, title, today);

        var edits = new DomEdits();
        var text = MainText(body, title, today, stripUnlikely: true, edits, scan);
        if (text.Length < RetryBelowChars)
        {
            // Furniture-like names sometimes wrap the whole page ("Page-ad-margins"): retry gently on the restored page.
            edits.Undo();
            var gentle = MainText(body, title, today, stripUnlikely: false, new DomEdits(), scan);
            if (gentle.Length > text.Length)
            {
                text = gentle;
            }
        }
        return new HtmlArticle(title, published, meta.Author, meta.CanonicalUrl, text);
    }

    /// <summary>The body element (cheap path for the usual html > body), else the whole document.</summary>
    private static HtmlNode BodyOf(HtmlDocument doc) =>
        doc.DocumentNode.Element("html")?.Element("body") ?? doc.DocumentNode.Descendants("body").FirstOrDefault() ?? doc.DocumentNode;

    private static HtmlArticle FromScrape(CleanedText cleaned) =>
        new(cleaned.Title, cleaned.Published, cleaned.Author, null, cleaned.Text);

    private static string MainText(HtmlNode body, string? title, DateOnly today, bool stripUnlikely, DomEdits edits, PageScan scan)
    {
        DomPruner.Prune(body, stripUnlikely, edits, scan.HasArticleElement);
        using var finder = new MainContentFinder(scan.Elements);
        var main = finder.Find(body, title);
        ContentCleaner.Clean(main, finder, edits);
        var paragraphs = new List<string>();
        var mainLength = main.Sum(n => finder.Stat(n).TextLength);
        bool Skip(HtmlNode n) => ContentCleaner.Skip(n, finder, mainLength, scan.HasArticleElement);
        foreach (var node in main)
        {
            if (Skip(node))
            {
                continue;
            }
            if (node.NodeType == HtmlNodeType.Element && (DomText.IsBlock(node.Name) || node.Name == "body"))
            {
                paragraphs.AddRange(DomText.Paragraphs(node, Skip));
            }
            else
            {
                var inline = DomText.Inline(node);
                if (inline.Length > 0)
                {
                    paragraphs.Add(inline);
                }
            }
        }
        return string.Join('\n', ParagraphFilter.Filter(paragraphs, title, today));
    }

    /// <summary>A Vietnamese date line printed near the headline (old pages carry no metadata).</summary>
    private static DateOnly? DateNearTitle(HtmlNode body, string? title, DateOnly today)
    {
        if (title is null)
        {
            return null;
        }
        var lines = DomText.Paragraphs(body, n => n.Name is "script" or "style" or "noscript" or "template" or "head", dropTeasers: false);
        // The headline may also appear in lists of other articles: look around every copy, keep the nearest date.
        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        for (var titleLine = 0; titleLine < lines.Count; titleLine++)
        {
            var l = lines[titleLine];
            if (l.Length > title.Length + 40 || !l.Contains(title, StringComparison.Ordinal))
            {
                continue;
            }
            var from = Math.Max(0, titleLine - DateWindowBefore);
            var to = Math.Min(lines.Count, titleLine + DateWindowAfter);
            for (var i = from; i < to; i++)
            {
                if (Math.Abs(i - titleLine) >= bestDistance)
                {
                    continue;
                }
                var date = VietnameseDateLineParser.ParsePageDateLine(lines[i], today);
                if (date is not null)
                {
                    best = date;
                    bestDistance = Math.Abs(i - titleLine);
                }
            }
        }
        return best;
    }
}
