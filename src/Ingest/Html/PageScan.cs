using HtmlAgilityPack;

namespace Extraction.Ingest.Html;

/// <summary>
/// One walk over the parsed page collecting what metadata and headline choice need (meta tags, JSON-LD scripts,
/// time elements, canonical links, title, headings), instead of one tree walk per question.
/// </summary>
internal sealed class PageScan
{
    private PageScan()
    {
    }

    public List<HtmlNode> Metas { get; } = [];

    public List<HtmlNode> JsonLdScripts { get; } = [];

    public List<HtmlNode> Times { get; } = [];

    public List<HtmlNode> Links { get; } = [];

    public HtmlNode? TitleElement { get; private set; }

    /// <summary>How many elements the page holds (sizes the per-node tables downstream).</summary>
    public int Elements { get; private set; }

    /// <summary>Whether any article element (article, main, itemprop=articleBody) exists: when none does, no block
    /// needs searching for one.</summary>
    public bool HasArticleElement { get; private set; }

    /// <summary>Deepest element nesting: the recursive walks downstream refuse absurd depths.</summary>
    public int MaxDepth { get; private set; }

    /// <summary>h1-h3 and elements whose class or id names a title, in document order.</summary>
    public List<HtmlNode> Headings { get; } = [];

    public static PageScan Of(HtmlNode root)
    {
        var scan = new PageScan();
        var stack = new Stack<(HtmlNode Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (node.NodeType is HtmlNodeType.Element)
            {
                scan.Visit(node);
                scan.Elements++;
                scan.HasArticleElement = scan.HasArticleElement || DomPruner.IsArticleElement(node);
                scan.MaxDepth = Math.Max(scan.MaxDepth, depth);
            }
            if (node.HasChildNodes && node.Name is not ("script" or "style"))
            {
                // Only elements are visited: text and comments (half the nodes) are not pushed at all.
                var children = node.ChildNodes;
                for (var i = children.Count - 1; i >= 0; i--)
                {
                    if (children[i].NodeType == HtmlNodeType.Element)
                    {
                        stack.Push((children[i], depth + 1));
                    }
                }
            }
        }
        return scan;
    }

    private void Visit(HtmlNode node)
    {
        switch (node.Name)
        {
            case "meta":
                Metas.Add(node);
                return;
            case "script":
                if (node.GetAttributeValue("type", "").Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    JsonLdScripts.Add(node);
                }
                return;
            case "time":
                Times.Add(node);
                return;
            case "link":
                Links.Add(node);
                return;
            case "title":
                TitleElement ??= node;
                return;
            case "h1" or "h2" or "h3":
                Headings.Add(node);
                return;
            case "div" or "p" or "span" or "td" or "strong" or "a":
                if (ClassHints.IsTitleNamed(node))
                {
                    Headings.Add(node);
                }
                return;
        }
    }
}
