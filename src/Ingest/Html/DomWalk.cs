using HtmlAgilityPack;

namespace Extraction.Ingest.Html;

/// <summary>
/// Tree walks with an explicit stack. HtmlAgilityPack's <c>Descendants()</c> nests one iterator per level, so its cost
/// grows with depth times size; these cost one step per node.
/// </summary>
internal static class DomWalk
{
    /// <summary>Every element below <paramref name="root"/>, in document order.</summary>
    public static List<HtmlNode> Elements(HtmlNode root)
    {
        var result = new List<HtmlNode>();
        var stack = new Stack<HtmlNode>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            result.Add(node);
            PushChildren(stack, node);
        }
        return result;
    }

    /// <summary>Whether any element below <paramref name="root"/> matches; stops at the first.</summary>
    public static bool Any(HtmlNode root, Func<HtmlNode, bool> predicate)
    {
        var stack = new Stack<HtmlNode>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (predicate(node))
            {
                return true;
            }
            PushChildren(stack, node);
        }
        return false;
    }

    private static void PushChildren(Stack<HtmlNode> stack, HtmlNode node)
    {
        if (!node.HasChildNodes)
        {
            return;
        }
        var children = node.ChildNodes;
        for (var i = children.Count - 1; i >= 0; i--)
        {
            if (children[i].NodeType == HtmlNodeType.Element)
            {
                stack.Push(children[i]);
            }
        }
    }
}
