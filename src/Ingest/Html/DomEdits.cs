using HtmlAgilityPack;

namespace Extraction.Ingest.Html;

/// <summary>
/// Node removals that can be undone, so the gentle second pass reuses the parsed page instead of parsing it again.
/// </summary>
internal sealed class DomEdits
{
    private readonly List<(HtmlNode Node, HtmlNode Parent, int Index)> _removed = [];

    public void Remove(HtmlNode node)
    {
        var parent = node.ParentNode;
        if (parent is null)
        {
            return;
        }
        _removed.Add((node, parent, parent.ChildNodes.IndexOf(node)));
        parent.RemoveChild(node);
    }

    /// <summary>Puts every removed node back where it was, latest removal first.</summary>
    public void Undo()
    {
        for (var i = _removed.Count - 1; i >= 0; i--)
        {
            var (node, parent, index) = _removed[i];
            parent.ChildNodes.Insert(index, node);
        }
        _removed.Clear();
    }
}
