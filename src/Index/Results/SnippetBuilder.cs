using System.Text;
using Extraction.Index.Text;

namespace Extraction.Index.Results;

/// <summary>
/// Cuts the display text around the query's words and marks each matched word as [word]. Matching is
/// on folded keys (so "uy ban" marks "Ủy ban" and "UBND" marks the words it stands for) but the
/// snippet shows the original text.
/// </summary>
public static class SnippetBuilder
{
    private const int WindowWords = 36;

    /// <summary>Where the text's words that match the query keys start (several keys of one word count once).</summary>
    public static HashSet<int> MatchedStarts(string? text, IReadOnlySet<string> keys, SearchKey searchKey)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(searchKey);
        return string.IsNullOrEmpty(text) || keys.Count == 0
            ? []
            : searchKey.Tokens(text).Where(t => keys.Contains(t.Folded)).Select(t => t.Start).ToHashSet();
    }

    /// <summary>The snippet of a text whose matched words start at <paramref name="matched"/> (see <see cref="MatchedStarts"/>).</summary>
    public static string Build(string? text, HashSet<int> matched)
    {
        ArgumentNullException.ThrowIfNull(matched);
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var words = SearchKey.Words(text);
        if (words.Count == 0)
        {
            return text.Length <= 200 ? text : text[..200] + "…";
        }
        var (from, to) = BestWindow(words.Select(w => matched.Contains(w.Start)).ToArray());
        var sb = new StringBuilder();
        if (from > 0)
        {
            sb.Append('…');
        }
        var pos = words[from].Start;
        for (var i = from; i < to; i++)
        {
            var (_, start, end) = words[i];
            sb.Append(text, pos, start - pos);
            if (matched.Contains(start))
            {
                sb.Append('[').Append(text, start, end - start).Append(']');
            }
            else
            {
                sb.Append(text, start, end - start);
            }
            pos = end;
        }
        if (to < words.Count)
        {
            sb.Append('…');
        }
        return Collapse(sb.ToString());
    }

    /// <summary>The window of words holding the most matches, with a little context before the first.</summary>
    private static (int From, int To) BestWindow(bool[] matched)
    {
        var n = matched.Length;
        var width = Math.Min(WindowWords, n);
        var count = 0;
        for (var i = 0; i < width; i++)
        {
            count += matched[i] ? 1 : 0;
        }
        var best = count;
        var bestStart = 0;
        for (var start = 1; start + width <= n; start++)
        {
            count += (matched[start + width - 1] ? 1 : 0) - (matched[start - 1] ? 1 : 0);
            if (count > best)
            {
                best = count;
                bestStart = start;
            }
        }
        var first = Array.IndexOf(matched, true, bestStart);
        var last = Array.LastIndexOf(matched, true, bestStart + width - 1);
        // Up to 4 words of context before the first match, as long as the last match stays in.
        if (first >= 0 && first - 4 < bestStart && last < Math.Max(0, first - 4) + width)
        {
            bestStart = Math.Max(0, first - 4);
        }
        return (bestStart, Math.Min(n, bestStart + width));
    }

    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
