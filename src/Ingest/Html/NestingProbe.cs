namespace Extraction.Ingest.Html;

/// <summary>
/// Estimates how deep a page's tags nest, before parsing: HtmlAgilityPack closes nodes recursively and
/// overflows the stack (and slows quadratically) on tens of thousands of unclosed tags, which a hostile or
/// broken page can hold. One pass over the characters, no allocation.
/// </summary>
internal static class NestingProbe
{
    /// <summary>Whether the page nests deeper than <paramref name="limit"/>; a page with fewer tags than that cannot,
    /// and counting '&lt;' is a vectorised pass, so most pages skip the tag-by-tag estimate.</summary>
    public static bool NestsDeeperThan(string html, int limit) =>
        html.AsSpan().Count('<') > limit && EstimateDepth(html) > limit;

    public static int EstimateDepth(string html)
    {
        var depth = 0;
        var max = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }
            if (end == start || !char.IsAsciiLetter(html[start]))
            {
                i = end;
                continue;
            }
            var gt = html.IndexOf('>', end);
            if (gt < 0)
            {
                break;
            }
            var selfClosing = html[gt - 1] == '/';
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!selfClosing && !IsVoid(html.AsSpan(start, end - start)))
            {
                depth++;
                max = Math.Max(max, depth);
            }
            i = gt + 1;
        }
        return max;
    }

    // Tags that never nest (void elements, and the ones old pages leave unclosed): looked up by length first.
    private static readonly string[][] VoidByLength =
    [
        [], ["p"], ["br", "hr", "li", "td", "tr"], ["img", "col", "wbr"], ["meta", "link", "base", "area"],
        ["input", "embed", "param", "track"], ["source", "option"],
    ];

    private static bool IsVoid(ReadOnlySpan<char> tag)
    {
        if (tag.Length >= VoidByLength.Length)
        {
            return false;
        }
        foreach (var name in VoidByLength[tag.Length])
        {
            if (tag.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
