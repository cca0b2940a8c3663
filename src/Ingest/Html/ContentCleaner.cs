using HtmlAgilityPack;

namespace Extraction.Ingest.Html;

/// <summary>
/// Cleans the chosen main content, after Readability's conditional cleaning: drops link lists, image galleries,
/// forms and furniture-named blocks that sit inside the article container; says which nodes the text walk skips.
/// </summary>
internal static class ContentCleaner
{
    private static readonly HashSet<string> Conditional = new(StringComparer.Ordinal) { "table", "ul", "ol", "div", "section", "form", "header", "dl" };

    public static void Clean(List<HtmlNode> main, MainContentFinder finder, DomEdits edits)
    {
        foreach (var root in main)
        {
            if (root.NodeType != HtmlNodeType.Element)
            {
                continue;
            }
            var rootLength = finder.Stat(root).TextLength;
            var candidates = DomWalk.Elements(root).Where(n => (Conditional.Contains(n.Name) || n.Name is "h1" or "h2" or "h3" or "p")).Reverse().ToList();
            foreach (var node in candidates)
            {
                if (node.ParentNode is null)
                {
                    continue;
                }
                // A block holding most of the article is the article, whatever broken markup wrapped it in.
                if (finder.Stat(node).TextLength * 2 > rootLength)
                {
                    continue;
                }
                if (IsFishy(node, finder))
                {
                    edits.Remove(node);
                }
            }
        }
    }

    /// <summary>Like <see cref="Skip(HtmlNode)"/>, but never a block holding half of <paramref name="rootLength"/>.</summary>
    public static bool Skip(HtmlNode node, MainContentFinder finder, int rootLength, bool pageHasArticle = true) =>
        Skip(node, pageHasArticle) && (node.Name is "h1" or "figure" or "figcaption" or "img" or "picture" || finder.Stat(node).TextLength * 2 <= rootLength);

    /// <summary>Nodes the text walk leaves out: headline, figures and captions, share bars, tags, related links.</summary>
    /// <param name="node">The node.</param>
    /// <param name="pageHasArticle">Whether the page holds an article element at all (else none is searched for).</param>
    public static bool Skip(HtmlNode node, bool pageHasArticle = true)
    {
        if (node.NodeType != HtmlNodeType.Element)
        {
            return false;
        }
        return node.Name is "h1" or "figure" or "figcaption" or "img" or "picture" or "script" or "style" or "noscript"
            || (ClassHints.IsInArticleFurniture(node) && !(pageHasArticle && DomPruner.HoldsArticle(node)));
    }

    private static bool IsFishy(HtmlNode node, MainContentFinder finder)
    {
        var weight = ClassHints.Weight(node);
        var stats = finder.Stat(node);
        var density = finder.LinkDensity(node);
        if (node.Name is "h1" or "h2" or "h3")
        {
            return weight < 0 || density > 0.33;
        }
        if (node.Name == "p")
        {
            // A paragraph that is all link is a "read also" teaser.
            return stats.TextLength > 0 && density > 0.8 && stats.TextLength < 200;
        }
        // Furniture-like names lose, unless the block reads like prose (page builders name text blocks "...-hidden-phone").
        var prose = stats.Paragraphs >= 1 && density < 0.1 && stats.Commas >= 1;
        if (weight + finder.Score(node) < 0 && !prose)
        {
            return true;
        }
        if (stats.Commas >= 10)
        {
            return false;
        }
        var isList = node.Name is "ul" or "ol" or "dl";
        var paragraphs = stats.Paragraphs;
        var images = stats.Images;
        var items = stats.Items - 100;
        var inputs = stats.Inputs;
        var length = stats.TextLength;
        if (images > 1 && paragraphs / (double)images < 0.5 && !HasAncestor(node, "figure"))
        {
            return true;
        }
        if (!isList && items > paragraphs)
        {
            return true;
        }
        if (inputs > paragraphs / 3)
        {
            return true;
        }
        if (!isList && length < 25 && (images == 0 || images > 2) && node.Name != "div")
        {
            return true;
        }
        if (isList && density > 0.5)
        {
            return true;
        }
        if (!isList && weight < 25 && density > 0.2 && length < 1000)
        {
            return true;
        }
        return weight >= 25 && density > 0.5;
    }

    private static bool HasAncestor(HtmlNode node, string name)
    {
        for (var n = node.ParentNode; n is not null; n = n.ParentNode)
        {
            if (n.Name == name)
            {
                return true;
            }
        }
        return false;
    }
}
