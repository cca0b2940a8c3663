using System.Buffers;
using System.Runtime.InteropServices;
using HtmlAgilityPack;

namespace Extraction.Ingest.Html;

/// <summary>
/// Finds the block holding an article's text, after Mozilla Readability (Apache-2.0): text blocks score by
/// length and commas, the score flows to their ancestors, link-heavy and furniture-named blocks lose, and the
/// best block plus its article-like siblings is the main content. Works on a pruned DOM (see <see cref="DomPruner"/>).
/// </summary>
internal sealed class MainContentFinder : IDisposable
{
    private const int MinUnitChars = 25;
    private const int AncestorLevels = 5;

    // Per-element stats live in a pooled array, indexed through the table: a table of the stats themselves came to
    // 100 KB and more on big pages, a fresh large-object allocation for every page.
    private readonly Dictionary<HtmlNode, int> _index;
    private BlockStats[] _blocks;
    private int _count;
    private readonly Dictionary<HtmlNode, double> _scores = new(NodeIdentity.Instance);

    /// <param name="elements">About how many elements will be measured: the table is sized once instead of regrown.</param>
    public MainContentFinder(int elements = 0)
    {
        _index = new Dictionary<HtmlNode, int>(elements, NodeIdentity.Instance);
        _blocks = ArrayPool<BlockStats>.Shared.Rent(Math.Max(elements + 1, 16));
    }

    /// <summary>Hands the stats array back to the pool; the finder answers nothing afterwards.</summary>
    public void Dispose()
    {
        if (_blocks.Length > 0)
        {
            ArrayPool<BlockStats>.Shared.Return(_blocks);
            _blocks = [];
        }
    }

    /// <summary>h1 elements met while measuring: pages with one cannot hold several stories.</summary>
    private int _h1Count;

    /// <summary>The main-content nodes in document order (the best block, or siblings of it that belong with it).</summary>
    public List<HtmlNode> Find(HtmlNode body, string? title = null)
    {
        // One post-order pass measures every block and hands each text unit's score to its ancestors.
        Measure(body);
        if (_scores.Count == 0)
        {
            return [body];
        }
        HtmlNode? top = null;
        var topScore = double.MinValue;
        foreach (var (node, score) in _scores)
        {
            var adjusted = score * (1 - LinkDensity(node));
            _scores[node] = adjusted;
        }
        foreach (var (node, score) in _scores)
        {
            if (score > topScore)
            {
                top = node;
                topScore = score;
            }
        }
        top = PreferSharedAncestor(top!, topScore);
        top = PreferTitledArticle(body, top, title);
        // Climb while the block is its parent's only content: the parent frames the same article.
        while (top.ParentNode is { } parent && parent != body && parent.Name != "html"
            && _index.TryGetValue(parent, out var pi) && _blocks[pi].TextLength <= Stat(top).TextLength * 1.05)
        {
            top = parent;
        }
        return WithSiblings(top);
    }

    public BlockStats Stat(HtmlNode node) => _index.TryGetValue(node, out var i) ? _blocks[i] : default;

    public double Score(HtmlNode node) => _scores.TryGetValue(node, out var s) ? s : 0;

    public double LinkDensity(HtmlNode node)
    {
        var s = Stat(node);
        return s.TextLength == 0 ? 0 : (double)s.LinkTextLength / s.TextLength;
    }

    /// <summary>Readability's check: when several near-best blocks share an ancestor, the article is that ancestor.</summary>
    private HtmlNode PreferSharedAncestor(HtmlNode top, double topScore)
    {
        var contenders = _scores.Where(kv => kv.Key != top && kv.Value >= topScore * 0.75).Select(kv => kv.Key).ToList();
        if (contenders.Count < 3)
        {
            return top;
        }
        for (var ancestor = top.ParentNode; ancestor is not null && ancestor.Name is not ("body" or "html" or "#document"); ancestor = ancestor.ParentNode)
        {
            var containing = contenders.Count(c => IsAncestor(ancestor, c));
            if (containing >= 3)
            {
                return ancestor;
            }
        }
        return top;
    }

    /// <summary>
    /// Pages that load the next stories below the first (infinite scroll, "read next") hold several articles, each
    /// under its own h1; when the best block belongs to another story's h1, the block under the page's own headline wins
    /// if it scores at least a quarter as well.
    /// </summary>
    private HtmlNode PreferTitledArticle(HtmlNode body, HtmlNode top, string? title)
    {
        if (string.IsNullOrEmpty(title) || _h1Count < 2)
        {
            return top;
        }
        var headings = new List<HtmlNode>();
        var owner = new Dictionary<HtmlNode, HtmlNode?>(NodeIdentity.Instance);
        HtmlNode? last = null;
        AssignHeadings(body, headings, owner, ref last);
        if (headings.Count < 2)
        {
            return top;
        }
        var own = headings.FirstOrDefault(h => DomText.Inline(h) == title);
        if (own is null || HeadingOf(top, owner) == own)
        {
            return top;
        }
        var floor = Score(top) * 0.25;
        HtmlNode? best = null;
        var bestScore = double.MinValue;
        foreach (var (node, score) in _scores)
        {
            if (score >= floor && score > bestScore && HeadingOf(node, owner) == own)
            {
                best = node;
                bestScore = score;
            }
        }
        return best ?? top;
    }

    private static HtmlNode? HeadingOf(HtmlNode node, Dictionary<HtmlNode, HtmlNode?> owner) =>
        owner.TryGetValue(node, out var h) ? h : null;

    /// <summary>A block's heading: the first h1 inside it, else the last h1 before it in document order.</summary>
    private void AssignHeadings(HtmlNode node, List<HtmlNode> headings, Dictionary<HtmlNode, HtmlNode?> owner, ref HtmlNode? last)
    {
        if (node.Name == "h1")
        {
            headings.Add(node);
            last = node;
            return;
        }
        var before = last;
        var count = headings.Count;
        foreach (var child in ChildNodes.Of(node))
        {
            if (child.NodeType == HtmlNodeType.Element)
            {
                AssignHeadings(child, headings, owner, ref last);
            }
        }
        if (_scores.ContainsKey(node))
        {
            owner[node] = headings.Count > count ? headings[count] : before;
        }
    }

    private static bool IsAncestor(HtmlNode ancestor, HtmlNode node)
    {
        for (var n = node.ParentNode; n is not null; n = n.ParentNode)
        {
            if (n == ancestor)
            {
                return true;
            }
        }
        return false;
    }

    private List<HtmlNode> WithSiblings(HtmlNode top)
    {
        var parent = top.ParentNode;
        if (parent is null)
        {
            return [top];
        }
        var topScore = Score(top);
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.GetAttributeValue("class", "");
        var result = new List<HtmlNode>();
        var seenTop = false;
        foreach (var sibling in ChildNodes.Of(parent))
        {
            if (sibling == top)
            {
                result.Add(sibling);
                seenTop = true;
                continue;
            }
            if (sibling.NodeType != HtmlNodeType.Element)
            {
                continue;
            }
            var bonus = topClass.Length > 0 && sibling.GetAttributeValue("class", "") == topClass ? topScore * 0.2 : 0;
            if (_scores.TryGetValue(sibling, out var score) && score + bonus >= threshold)
            {
                result.Add(sibling);
                continue;
            }
            if (!seenTop && IsLead(sibling))
            {
                result.Add(sibling);
                continue;
            }
            if (sibling.Name == "p" || Stat(sibling).OwnTextLength >= MinUnitChars)
            {
                var s = Stat(sibling);
                var density = LinkDensity(sibling);
                var text = DomText.Inline(sibling);
                if ((s.TextLength > 80 && density < 0.25) || (s.TextLength > 0 && density == 0 && text.EndsWith('.')))
                {
                    result.Add(sibling);
                }
            }
        }
        return result;
    }

    /// <summary>
    /// A block just before the article holding a paragraph of plain prose without links: the lead or intro, which
    /// page builders put in a box of its own (too short to score as a sibling).
    /// </summary>
    private bool IsLead(HtmlNode sibling)
    {
        var s = Stat(sibling);
        return s.Paragraphs > 0 && s.TextLength >= 80 && s.LinkTextLength == 0 && s.Inputs == 0 && s.Items == 0;
    }

    /// <summary>One post-order pass: text, link text and commas of every element; "own" text excludes nested blocks.</summary>
    private BlockStats Measure(HtmlNode node)
    {
        var total = new BlockStats();
        foreach (var child in ChildNodes.Of(node))
        {
            if (child.NodeType == HtmlNodeType.Text)
            {
                var text = DomText.RawText((HtmlTextNode)child);
                var len = VisibleLength(text);
                var commas = CountCommas(text);
                total = total with
                {
                    TextLength = total.TextLength + len,
                    OwnTextLength = total.OwnTextLength + len,
                    Commas = total.Commas + commas,
                    OwnCommas = total.OwnCommas + commas,
                };
            }
            else if (child.NodeType == HtmlNodeType.Element)
            {
                _h1Count += child.Name == "h1" ? 1 : 0;
                var s = Measure(child);
                var inline = !DomText.IsBlock(child.Name);
                var link = child.Name == "a" ? s.TextLength : s.LinkTextLength;
                total = total with
                {
                    TextLength = total.TextLength + s.TextLength,
                    LinkTextLength = total.LinkTextLength + link,
                    Commas = total.Commas + s.Commas,
                    OwnTextLength = total.OwnTextLength + (inline ? s.OwnTextLength : 0),
                    OwnCommas = total.OwnCommas + (inline ? s.OwnCommas : 0),
                    Paragraphs = total.Paragraphs + s.Paragraphs + (child.Name == "p" ? 1 : 0),
                    Images = total.Images + s.Images + (child.Name == "img" ? 1 : 0),
                    Items = total.Items + s.Items + (child.Name == "li" ? 1 : 0),
                    Inputs = total.Inputs + s.Inputs + (child.Name == "input" ? 1 : 0),
                };
            }
        }
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_index, node, out var exists);
        if (!exists)
        {
            if (_count == _blocks.Length)
            {
                var larger = ArrayPool<BlockStats>.Shared.Rent(_blocks.Length * 2);
                _blocks.AsSpan(0, _count).CopyTo(larger);
                ArrayPool<BlockStats>.Shared.Return(_blocks);
                _blocks = larger;
            }
            slot = _count++;
        }
        _blocks[slot] = total;
        if (total.OwnTextLength >= MinUnitChars && node.NodeType == HtmlNodeType.Element && DomText.IsBlock(node.Name) && node.Name is not ("body" or "html"))
        {
            ScoreUnit(node, total);
        }
        return total;
    }

    private void ScoreUnit(HtmlNode node, BlockStats s)
    {
        var unitScore = 1 + s.OwnCommas + Math.Min(s.OwnTextLength / 100, 3);
        var ancestor = node.ParentNode;
        for (var level = 0; level < AncestorLevels && ancestor is not null && ancestor.NodeType == HtmlNodeType.Element; level++)
        {
            if (ancestor.Name is "html")
            {
                break;
            }
            ref var score = ref CollectionsMarshal.GetValueRefOrAddDefault(_scores, ancestor, out var exists);
            if (!exists)
            {
                score = InitialScore(ancestor);
            }
            var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            score += (double)unitScore / divider;
            ancestor = ancestor.ParentNode;
        }
    }

    private static double InitialScore(HtmlNode node)
    {
        var tagScore = node.Name switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return tagScore + ClassHints.Weight(node);
    }

    private static int VisibleLength(ReadOnlySpan<char> text)
    {
        var count = 0;
        var space = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    count++;
                }
                space = true;
            }
            else
            {
                count++;
                space = false;
            }
        }
        return count;
    }

    private static int CountCommas(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ',' or '，' or '、' or '،')
            {
                count++;
            }
        }
        return count;
    }
}
