using System.Text.RegularExpressions;

namespace Extraction.Extract.Items;

/// <summary>
/// Lists written as a sentence: "… gồm 06 nội dung chính: A; B; C." The intro before the colon must
/// name contents; items are split on ";" only (commas separate words inside an item). The list ends at
/// its paragraph end, or at the first sentence end after the last ";", so a following sentence stays out.
/// </summary>
internal static partial class ColonListScanner
{
    private const int MaxIntro = 300;

    /// <summary>A sentence end inside a list item is kept when another ";" follows this soon (a short added sentence).</summary>
    private const int ShortSentence = 100;

    /// <summary>A list that starts with a marker belongs to <see cref="MarkerListScanner"/>.</summary>
    [GeneratedRegex(@"\G[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)][ \t]|\(?[a-hđ]\)[ \t]|[-+•*–·▪●○][ \t]|[Tt]hứ nhất|Một là)", RegexOptions.CultureInvariant)]
    private static partial Regex StartsWithMarker();

    public static List<ItemList> Find(string text, int start, int end, IReadOnlyList<ItemList> taken)
    {
        var lists = new List<ItemList>();
        for (var i = text.IndexOf(':', start, end - start); i >= 0 && i < end; i = NextColon(text, i + 1, end))
        {
            if (!IsListColon(text, i, end) || IsTaken(taken, lists, i))
            {
                continue;
            }
            if (!ListCues.IntroducesContents(Intro(text, i)))
            {
                continue;
            }
            if (Parse(text, i + 1, end) is { } list && !taken.Any(l => l.Overlaps(list.Start, list.End)))
            {
                lists.Add(list);
                i = list.End - 1;
            }
        }
        return lists;
    }

    private static int NextColon(string text, int from, int end) =>
        from >= end ? -1 : text.IndexOf(':', from, end - from);

    private static bool IsListColon(string text, int i, int end) =>
        (i + 1 >= end || char.IsWhiteSpace(text[i + 1]))
        && !(i > 0 && char.IsDigit(text[i - 1]) && i + 1 < end && char.IsDigit(text[i + 1]));

    private static bool IsTaken(IReadOnlyList<ItemList> taken, List<ItemList> found, int i) =>
        taken.Any(l => l.Start <= i && i < l.End) || found.Any(l => l.Start <= i && i < l.End);

    /// <summary>The clause before the colon: back to the line start, a sentence end, ";" or another colon.</summary>
    private static string Intro(string text, int colon)
    {
        var from = Math.Max(0, colon - MaxIntro);
        for (var j = colon - 1; j >= from; j--)
        {
            var c = text[j];
            if (c is '\n' or ';' or ':' || SentenceEnd.Length(text, j, colon) > 0)
            {
                from = j + 1;
                break;
            }
        }
        return text[from..colon];
    }

    private static ItemList? Parse(string text, int afterColon, int end)
    {
        var pos = afterColon;
        var lineEnd = TextLines.LineEnd(text, pos, end);
        var sameLine = !TextLines.IsBlank(text, pos, lineEnd);
        if (!sameLine)
        {
            // "… gồm:" closing its line: the list follows on the next lines.
            pos = TextLines.NextNonBlankLine(text, lineEnd, end);
            if (pos < 0)
            {
                return null;
            }
        }
        if (StartsWithMarker().IsMatch(text, pos) && !(sameLine && DashesInLine(text, pos, lineEnd)))
        {
            return null;
        }
        var items = new List<(int, int)>();
        var segStart = pos;
        var firstSegment = true;
        var stop = end;
        for (var j = pos; j < end; j++)
        {
            var c = text[j];
            if (c == ';')
            {
                items.Add((segStart, j));
                firstSegment = false;
                segStart = j + 1;
                var le = TextLines.LineEnd(text, segStart, end);
                if (TextLines.IsBlank(text, segStart, le))
                {
                    // The paragraph ends on ";": the list goes on in the next paragraph.
                    var next = TextLines.NextNonBlankLine(text, le, end);
                    if (next < 0)
                    {
                        stop = le;
                        break;
                    }
                    segStart = next;
                    j = next - 1;
                }
                continue;
            }
            if (c == '\n')
            {
                stop = j;
                break;
            }
            if (SentenceEnd.Length(text, j, end) is var n and > 0)
            {
                if (firstSegment || !ShortSentenceBeforeSemicolon(text, j + n, end))
                {
                    stop = j;
                    break;
                }
                j += n - 1;
            }
        }
        if (firstSegment)
        {
            return null;
        }
        if (stop > segStart)
        {
            items.Add((segStart, stop));
        }
        return items.Count >= 2 ? new ItemList(afterColon, stop, items) : null;
    }

    /// <summary>
    /// "các nội dung: - A; - B; - C" in one paragraph: marks set before the items inline, not bullet lines; the first item
    /// and one after a ";" carry one (<c>InlineDashes</c>).
    /// </summary>
    private static bool DashesInLine(string text, int pos, int lineEnd)
    {
        if (!RuleSwitch.On("InlineDashes") || !MarkAt(text, pos, lineEnd))
        {
            return false;
        }
        for (var j = text.IndexOf(';', pos, lineEnd - pos); j >= 0; j = text.IndexOf(';', j + 1, lineEnd - j - 1))
        {
            if (MarkAt(text, j + 1, lineEnd))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Blanks, then an item mark and a blank.</summary>
    private static bool MarkAt(string text, int pos, int lineEnd)
    {
        while (pos < lineEnd && text[pos] is ' ' or '\t')
        {
            pos++;
        }
        return pos + 1 < lineEnd && ItemText.IsItemMark(text[pos]) && text[pos + 1] is ' ' or '\t';
    }

    private static bool ShortSentenceBeforeSemicolon(string text, int from, int end)
    {
        var limit = Math.Min(end, from + ShortSentence);
        for (var j = from; j < limit; j++)
        {
            var c = text[j];
            if (c == ';')
            {
                return true;
            }
            if (c == '\n' || SentenceEnd.Length(text, j, end) > 0)
            {
                return false;
            }
        }
        return false;
    }
}
