using HtmlAgilityPack;

namespace Extraction.Ingest.Html;

/// <summary>
/// Node identity for per-node tables: reference equality, hashed by the node's position in the page source.
/// The default identity hash makes the runtime stamp a hash code into every node's header on first use, which
/// showed up in profiles once per node and per page; the source position is already there and nearly unique.
/// </summary>
internal sealed class NodeIdentity : IEqualityComparer<HtmlNode>
{
    public static readonly NodeIdentity Instance = new();

    private NodeIdentity()
    {
    }

    public bool Equals(HtmlNode? x, HtmlNode? y) => ReferenceEquals(x, y);

    public int GetHashCode(HtmlNode obj) => obj.OuterStartIndex;
}
