using System.Buffers;
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

    /// <summary>
    /// A text node's raw text as a view into the page source: HtmlAgilityPack's <c>Text</c> allocates a new substring
    /// on every read, and measuring reads every text node of the page.
    /// </summary>
    public static ReadOnlySpan<char> RawText(HtmlTextNode node)
    {
        var source = node.OwnerDocument?.Text;
        return source is not null && node.OuterStartIndex >= 0 && node.OuterLength >= 0 && node.OuterStartIndex + node.OuterLength <= source.Length
            ? source.AsSpan(node.OuterStartIndex, node.OuterLength)
            : node.Text.AsSpan();
    }

    /// <summary>A text node's text with entities decoded, appended without an intermediate string when it has none.</summary>
    public static ReadOnlySpan<char> Decoded(HtmlTextNode node)
    {
        var raw = RawText(node);
        return raw.Contains('&') ? HtmlEntities.Decode(raw.ToString()).AsSpan() : raw;
    }

    /// <summary>Inline text of a node, single-spaced and trimmed.</summary>
    public static string Inline(HtmlNode node)
    {
        var sb = new StringBuilder();
        AppendInline(node, sb);
        return Collapse(sb);
    }

    private static void AppendInline(HtmlNode node, StringBuilder sb)
    {
        if (node.NodeType == HtmlNodeType.Text)
        {
            sb.Append(Decoded((HtmlTextNode)node));
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
        foreach (var child in ChildNodes.Of(node))
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
        var buffer = Rent(text.Length, out var rented);
        var n = 0;
        var space = false;
        Collapse(text, buffer, ref n, ref space);
        return Finish(text, buffer[..n], rented);
    }

    /// <summary>The same, read straight from a builder's chunks (no intermediate string).</summary>
    public static string Collapse(StringBuilder text)
    {
        var buffer = Rent(text.Length, out var rented);
        var n = 0;
        var space = false;
        foreach (var chunk in text.GetChunks())
        {
            Collapse(chunk.Span, buffer, ref n, ref space);
        }
        return Finish(null, buffer[..n], rented);
    }

    private static Span<char> Rent(int length, out char[] rented)
    {
        rented = ArrayPool<char>.Shared.Rent(Math.Max(length, 1));
        return rented;
    }

    private static string Finish(string? source, Span<char> collapsed, char[] rented)
    {
        // Most strings are already collapsed: return the source rather than an equal copy.
        var result = source is not null && collapsed.SequenceEqual(source) ? source : new string(collapsed);
        ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    private static void Collapse(ReadOnlySpan<char> text, Span<char> buffer, ref int n, ref bool space)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u00A0' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            {
                space = n > 0;
                continue;
            }
            if (space)
            {
                buffer[n++] = ' ';
                space = false;
            }
            buffer[n++] = c;
        }
    }

    /// <summary>
    /// Paragraphs of a subtree: each block element and each &lt;br&gt; starts a new paragraph;
    /// <paramref name="skip"/> prunes nodes (captions, share bars) as the walk meets them.
    /// </summary>
    public static List<string> Paragraphs(HtmlNode root, Func<HtmlNode, bool> skip, bool dropTeasers = true)
    {
        var walk = new ParagraphWalk(skip, dropTeasers);
        walk.Walk(root, inLink: false);
        walk.Flush();
        return walk.Paragraphs;
    }

    /// <summary>
    /// The page's text, one block per line, without recursion (for pages nested too deep for the scoring walks).
    /// </summary>
    public static string FlatLines(HtmlNode root)
    {
        var sb = new StringBuilder();
        var stack = new Stack<(HtmlNode Node, bool Closing)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (closing)
            {
                sb.Append('\n');
                continue;
            }
            switch (node.NodeType)
            {
                case HtmlNodeType.Text:
                    sb.Append(HtmlEntities.Decode(((HtmlTextNode)node).Text).Replace('\n', ' '));
                    break;
                case HtmlNodeType.Element or HtmlNodeType.Document:
                    if (node.Name is "script" or "style" or "noscript" or "template" or "head")
                    {
                        break;
                    }
                    if (node.Name == "br" || IsBlock(node.Name))
                    {
                        sb.Append('\n');
                        stack.Push((node, true));
                    }
                    for (var i = node.ChildNodes.Count - 1; i >= 0; i--)
                    {
                        stack.Push((node.ChildNodes[i], false));
                    }
                    break;
            }
        }
        return sb.ToString();
    }
}
