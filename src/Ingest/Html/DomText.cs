using System.Text;
using HtmlAgilityPack;

namespace Extraction.Ingest.Html;

/// <summary>Text of DOM nodes: entities decoded, whitespace collapsed, block elements and &lt;br&gt; as paragraph breaks.</summary>
internal static class DomText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre", "ul", "ol", "li",
        "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "h1", "h2", "h3", "h4", "h5", "h6",
        "figure", "figcaption", "address", "hr", "form", "fieldset", "center", "details", "summary", "body",
    };

    public static bool IsBlock(string tag) => BlockTags.Contains(tag);

    /// <summary>Inline text of a node, single-spaced and trimmed.</summary>
    public static string Inline(HtmlNode node)
    {
        var sb = new StringBuilder();
        AppendInline(node, sb);
        return Collapse(sb.ToString());
    }

    private static void AppendInline(HtmlNode node, StringBuilder sb)
    {
        if (node.NodeType == HtmlNodeType.Text)
        {
            sb.Append(HtmlEntity.DeEntitize(((HtmlTextNode)node).Text));
            return;
        }
        if (node.NodeType == HtmlNodeType.Comment)
        {
            return;
        }
        if (node.Name == "br")
        {
            sb.Append(' ');
            return;
        }
        foreach (var child in node.ChildNodes)
        {
            AppendInline(child, sb);
        }
        if (node.NodeType == HtmlNodeType.Element && IsBlock(node.Name))
        {
            sb.Append(' ');
        }
    }

    /// <summary>Collapses whitespace (NBSP and zero-width marks included) to single spaces and trims.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u00A0' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Paragraphs of a subtree: each block element and each &lt;br&gt; starts a new paragraph;
    /// <paramref name="skip"/> prunes nodes (captions, share bars) as the walk meets them.
    /// </summary>
    public static List<string> Paragraphs(HtmlNode root, Func<HtmlNode, bool> skip)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, paragraphs, skip);
        Flush(current, paragraphs);
        return paragraphs;
    }

    private static void Walk(HtmlNode node, StringBuilder current, List<string> paragraphs, Func<HtmlNode, bool> skip)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child.NodeType)
            {
                case HtmlNodeType.Text:
                    current.Append(HtmlEntity.DeEntitize(((HtmlTextNode)child).Text));
                    break;
                case HtmlNodeType.Element:
                    if (skip(child))
                    {
                        if (IsBlock(child.Name))
                        {
                            Flush(current, paragraphs);
                        }
                        break;
                    }
                    if (child.Name == "br")
                    {
                        Flush(current, paragraphs);
                        break;
                    }
                    var block = IsBlock(child.Name);
                    if (block)
                    {
                        Flush(current, paragraphs);
                    }
                    else if (child.Name is "td" or "th")
                    {
                        current.Append(' ');
                    }
                    Walk(child, current, paragraphs, skip);
                    if (block)
                    {
                        Flush(current, paragraphs);
                    }
                    break;
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length == 0)
        {
            return;
        }
        var text = Collapse(current.ToString());
        current.Clear();
        if (text.Length > 0)
        {
            paragraphs.Add(text);
        }
    }
}
