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
    public static List<string> Paragraphs(HtmlNode root, Func<HtmlNode, bool> skip, bool dropTeasers = true)
    {
        var walk = new ParagraphWalk(skip, dropTeasers);
        walk.Walk(root, inLink: false);
        walk.Flush();
        return walk.Paragraphs;
    }

    /// <summary>
    /// Collects paragraphs; a short paragraph that is all link text ("&gt;&gt; Other story") is a teaser for
    /// another article and is dropped.
    /// </summary>
    private sealed class ParagraphWalk(Func<HtmlNode, bool> skip, bool dropTeasers)
    {
        private const int TeaserMaxChars = 200;
        private readonly StringBuilder _current = new();
        private int _linkChars;
        private int _chars;

        public List<string> Paragraphs { get; } = [];

        public void Walk(HtmlNode node, bool inLink)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child.NodeType)
                {
                    case HtmlNodeType.Text:
                        var text = HtmlEntity.DeEntitize(((HtmlTextNode)child).Text);
                        _current.Append(text);
                        var visible = text.Count(c => !char.IsWhiteSpace(c));
                        _chars += visible;
                        if (inLink)
                        {
                            _linkChars += visible;
                        }
                        break;
                    case HtmlNodeType.Element:
                        if (skip(child))
                        {
                            if (IsBlock(child.Name))
                            {
                                Flush();
                            }
                            break;
                        }
                        if (child.Name == "br")
                        {
                            Flush();
                            break;
                        }
                        var block = IsBlock(child.Name);
                        if (block)
                        {
                            Flush();
                        }
                        else if (child.Name is "td" or "th")
                        {
                            _current.Append(' ');
                        }
                        Walk(child, inLink || child.Name == "a");
                        if (block)
                        {
                            Flush();
                        }
                        break;
                }
            }
        }

        public void Flush()
        {
            if (_current.Length == 0)
            {
                return;
            }
            var text = Collapse(_current.ToString());
            var teaser = dropTeasers && _chars > 0 && _linkChars >= _chars * 0.9 && text.Length < TeaserMaxChars;
            _current.Clear();
            _chars = 0;
            _linkChars = 0;
            if (text.Length > 0 && !teaser)
            {
                Paragraphs.Add(text);
            }
        }
    }
}
