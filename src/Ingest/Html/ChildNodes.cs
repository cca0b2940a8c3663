using HtmlAgilityPack;

namespace Extraction.Ingest.Html;

/// <summary>
/// A node's children for <c>foreach</c> without allocation: HtmlAgilityPack's collection hands out its list enumerator
/// boxed as an interface, one heap object per loop, and every walk here loops over every element's children.
/// </summary>
internal readonly struct ChildNodes(HtmlNodeCollection nodes)
{
    public static ChildNodes Of(HtmlNode node) => new(node.ChildNodes);

    public Enumerator GetEnumerator() => new(nodes);

    /// <summary>Walks the collection by index; like the list enumerator, it expects no change during the loop.</summary>
    public struct Enumerator(HtmlNodeCollection nodes)
    {
        private int _index = -1;

        public readonly HtmlNode Current => nodes[_index];

        public bool MoveNext() => ++_index < nodes.Count;
    }
}
