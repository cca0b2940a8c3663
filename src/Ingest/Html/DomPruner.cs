using HtmlAgilityPack;

namespace Extraction.Ingest.Html;

/// <summary>Removes what is never article text before scoring: scripts, forms' controls, hidden blocks, menus, sidebars.</summary>
internal static class DomPruner
{
    private static readonly HashSet<string> NeverText = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "iframe", "svg", "canvas", "object", "embed", "template", "link", "meta",
        "button", "input", "select", "textarea", "option", "video", "audio", "map", "dialog",
        // Ruby annotations (furigana) are pronunciation aids printed above the text, not part of it.
        "rt", "rp",
    };

    /// <summary>Page regions by tag; removed in the strict pass only (broken markup sometimes nests the article in them).</summary>
    private static readonly HashSet<string> FurnitureTags = new(StringComparer.Ordinal) { "nav", "aside", "footer", "menu" };

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "menu", "menubar", "navigation", "complementary", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search",
    };

    /// <param name="root">The body.</param>
    /// <param name="stripUnlikely">Also remove hidden and furniture-named blocks; the second, gentler pass does not
    /// (some pages hide the whole article until a script runs, or wrap it in an "ad-margins" block).</param>
    /// <param name="edits">Records the removals so that the caller can undo them.</param>
    /// <param name="pageHasArticle">Whether the page holds an article element at all (else none is searched for).</param>
    public static void Prune(HtmlNode root, bool stripUnlikely, DomEdits edits, bool pageHasArticle = true)
    {
        var doomed = new List<HtmlNode>();
        Collect(root, doomed, stripUnlikely, pageHasArticle);
        foreach (var node in doomed)
        {
            edits.Remove(node);
        }
    }

    private static void Collect(HtmlNode node, List<HtmlNode> doomed, bool stripUnlikely, bool pageHasArticle)
    {
        foreach (var child in ChildNodes.Of(node))
        {
            if (child.NodeType == HtmlNodeType.Comment)
            {
                doomed.Add(child);
                continue;
            }
            if (child.NodeType != HtmlNodeType.Element)
            {
                continue;
            }
            if (IsDoomed(child, stripUnlikely, pageHasArticle))
            {
                doomed.Add(child);
                continue;
            }
            Collect(child, doomed, stripUnlikely, pageHasArticle);
        }
    }

    private static bool IsDoomed(HtmlNode node, bool stripUnlikely, bool pageHasArticle)
    {
        if (NeverText.Contains(node.Name))
        {
            return true;
        }
        if (!stripUnlikely)
        {
            return false;
        }
        if (FurnitureTags.Contains(node.Name))
        {
            return true;
        }
        if (!node.HasAttributes)
        {
            return false;
        }
        if (node.Attributes.Contains("hidden") || node.GetAttributeValue("aria-hidden", "") == "true")
        {
            return true;
        }
        var style = node.GetAttributeValue("style", "");
        if (style.Length > 0 && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        if (FurnitureRoles.Contains(node.GetAttributeValue("role", "")))
        {
            return true;
        }
        return node.Name is not ("body" or "html" or "article" or "main" or "a" or "table" or "tbody" or "tr" or "td" or "p")
            && ClassHints.IsUnlikely(node)
            && !(pageHasArticle && HoldsArticle(node));
    }

    /// <summary>A wrapper with a furniture-like name that still holds the article element is kept.</summary>
    public static bool HoldsArticle(HtmlNode node) => DomWalk.Any(node, IsArticleElement);

    public static bool IsArticleElement(HtmlNode d) =>
        d.Name is "article" or "main" || (d.HasAttributes && d.GetAttributeValue("itemprop", "").Equals("articleBody", StringComparison.OrdinalIgnoreCase));
}
