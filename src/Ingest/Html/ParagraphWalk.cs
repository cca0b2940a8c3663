using System.Text;
using HtmlAgilityPack;

namespace Extraction.Ingest.Html;

/// <summary>
/// Collects paragraphs; a short paragraph that is all link text ("&gt;&gt; Other story") is a teaser for
/// another article and is dropped.
/// </summary>
internal sealed class ParagraphWalk(Func<HtmlNode, bool> skip, bool dropTeasers)
{
    private const int TeaserMaxChars = 200;
    private readonly StringBuilder _current = new();
    private int _linkChars;
    private int _chars;

    public List<string> Paragraphs { get; } = [];

    public void Walk(HtmlNode node, bool inLink)
    {
        foreach (var child in ChildNodes.Of(node))
        {
            switch (child.NodeType)
            {
                case HtmlNodeType.Text:
                    var text = DomText.Decoded((HtmlTextNode)child);
                    _current.Append(text);
                    var visible = VisibleChars(text);
                    _chars += visible;
                    if (inLink)
                    {
                        _linkChars += visible;
                    }
                    break;
                case HtmlNodeType.Element:
                    if (skip(child))
                    {
                        if (DomText.IsBlock(child.Name))
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
                    var block = DomText.IsBlock(child.Name);
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

    private static int VisibleChars(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsWhiteSpace(c) ? 0 : 1;
        }
        return count;
    }

    public void Flush()
    {
        if (_current.Length == 0)
        {
            return;
        }
        var text = DomText.Collapse(_current);
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
