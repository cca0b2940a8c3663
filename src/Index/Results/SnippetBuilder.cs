using System.Text;
using Extraction.Index.Query;
using Extraction.Index.Text;

namespace Extraction.Index.Results;

/// <summary>
/// Cuts the display text around the query's words and marks each matched word as [word]. Matching is
/// on the query's phrases of folded keys (so "uy ban" marks "Ủy ban" and "Ủy ban nhân dân" marks "UBND")
/// but the snippet shows the original text.
/// </summary>
public static class SnippetBuilder
{
    private const int WindowWords = 36;

    /// <summary>
    /// Where the text's words that the query matched start: each query phrase where its whole folded
    /// sequence stands (so "UBND" marks no lone "dân"), and a word typed with diacritics only where the
    /// text spells it so or carries no marks at all (so "hòa" does not mark "hóa").
    /// </summary>
    public static HashSet<int> MatchedStarts(string? text, IReadOnlyList<KeyPhrase> phrases, SearchKey searchKey)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(searchKey);
        var starts = new HashSet<int>();
        if (string.IsNullOrEmpty(text) || phrases.Count == 0)
        {
            return starts;
        }
        var tokens = searchKey.Tokens(text);
        foreach (var phrase in phrases)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (Occurrence(tokens, i, phrase) is { } found)
                {
                    foreach (var j in found)
                    {
                        starts.Add(tokens[j].Start);
                    }
                }
            }
        }
        return starts;
    }

    /// <summary>The tokens of the phrase's occurrence starting at <paramref name="at"/>, in order with at most its slop of other words between, or null.</summary>
    private static List<int>? Occurrence(List<KeyToken> tokens, int at, KeyPhrase phrase)
    {
        var found = new List<int>(phrase.Folded.Count);
        var skipped = 0;
        var t = at;
        for (var k = 0; k < phrase.Folded.Count; k++)
        {
            while (t < tokens.Count && !Same(tokens[t], phrase, k))
            {
                if (k == 0 || ++skipped > phrase.Slop)
                {
                    return null;
                }
                t++;
            }
            if (t >= tokens.Count)
            {
                return null;
            }
            found.Add(t++);
        }
        return found;
    }

    private static bool Same(KeyToken t, KeyPhrase phrase, int k)
    {
        if (!string.Equals(t.Folded, phrase.Folded[k], StringComparison.Ordinal))
        {
            return false;
        }
        var typed = phrase.Exact[k];
        var typedMarks = !string.Equals(typed, phrase.Folded[k], StringComparison.Ordinal);
        var textMarks = !string.Equals(t.Exact, t.Folded, StringComparison.Ordinal);
        return !typedMarks || !textMarks || string.Equals(t.Exact, typed, StringComparison.Ordinal);
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
