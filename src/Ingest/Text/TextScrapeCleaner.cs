using System.Text.RegularExpressions;
using Extraction.Ingest.Dates;

namespace Extraction.Ingest.Text;

/// <summary>
/// Cleans a plain-text scrape of a portal page: drops menus, counters, other headlines, related lists and
/// footers; finds the headline and the page's own date in the header; keeps every line of the article itself.
/// Works on shape (words, final punctuation, case) plus a small lexicon of page furniture, never on site names.
/// </summary>
public static partial class TextScrapeCleaner
{
    /// <summary>How far past the first body paragraph a date line may still be the page's own date.</summary>
    private const int DateLinesAfterBodyStart = 3;

    public static CleanedText Clean(string text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = Normalize(text, today, out var prefixDate);
        if (lines.Count == 0)
        {
            return new CleanedText(null, prefixDate, null, "");
        }
        var bodyStart = lines.FindIndex(l => LineShape.IsParagraph(l.Text));
        var headerEnd = bodyStart < 0 ? Math.Min(lines.Count, 3) : bodyStart;

        var published = prefixDate;
        var dateLine = -1;
        var dateLimit = Math.Min(lines.Count, (bodyStart < 0 ? headerEnd : bodyStart) + DateLinesAfterBodyStart);
        for (var i = 0; i < dateLimit; i++)
        {
            var date = VietnameseDateLineParser.ParsePageDateLine(lines[i].Text, today);
            if (date is null)
            {
                continue;
            }
            published ??= date;
            dateLine = i;
            if (!ParenDateAtEnd().IsMatch(lines[i].Text) || LineShape.Words(lines[i].Text) <= 3)
            {
                lines[i] = lines[i] with { Drop = true };
            }
            break;
        }

        // An official document (national motto in its header) has no headline; its header lines are text.
        var official = lines.Take(Math.Max(headerEnd, 12)).Any(l => l.Key.StartsWith(NationalMotto, StringComparison.Ordinal));
        var titleIndex = official ? -1 : FindTitle(lines, headerEnd, dateLine);
        string? title = null;
        if (titleIndex >= 0)
        {
            title = ParenDateAtEnd().Replace(lines[titleIndex].Text, "").Trim();
            lines[titleIndex] = lines[titleIndex] with { Drop = true };
            for (var i = 0; i < titleIndex; i++)
            {
                // Above the headline sit site names, menus and section labels; anything longer is kept.
                if (LineShape.Words(lines[i].Text) <= 8)
                {
                    lines[i] = lines[i] with { Drop = true };
                }
            }
        }

        var end = FindEnd(lines, Math.Max(bodyStart, titleIndex + 1));
        DropHeadlineRuns(lines, Math.Max(bodyStart, 0), end);

        var kept = new List<string>(end);
        for (var i = 0; i < end; i++)
        {
            if (!lines[i].Drop && (kept.Count == 0 || kept[^1] != lines[i].Text))
            {
                kept.Add(lines[i].Text);
            }
        }
        return new CleanedText(title, published, FindAuthor(kept), string.Join('\n', kept));
    }

    private static List<ScrapeLine> Normalize(string text, DateOnly today, out DateOnly? prefixDate)
    {
        prefixDate = null;
        var lines = new List<ScrapeLine>();
        foreach (var raw in text.Split('\n'))
        {
            var line = Spaces().Replace(raw, " ");
            line = MarkdownImage().Replace(line, " ").Trim().Trim('|').Trim();
            if (lines.Count < 3 && VietnameseDateLineParser.HasIsoPrefix(line))
            {
                prefixDate ??= VietnameseDateLineParser.ParsePageDateLine(line, today);
                line = VietnameseDateLineParser.StripIsoPrefix(line);
            }
            if (line.Length == 0)
            {
                continue;
            }
            if (LineShape.HasNoLetter(line))
            {
                // Counters and separators go; a bare date or time line stays (dropped) so the date can be read
                // from it; other figures ("2017-2021") are text.
                if (DateOrTimeLike().IsMatch(line))
                {
                    lines.Add(new ScrapeLine(line, line, true));
                }
                else if (!CounterOrRule().IsMatch(line))
                {
                    lines.Add(new ScrapeLine(line, line, false));
                }
                continue;
            }
            if (lines.Count > 0 && lines[^1].Text == line)
            {
                continue;
            }
            var key = PortalLexicon.Key(line);
            if (key.Length == 0 || PortalLexicon.IsFurniture(key) || ScriptOrStyleJunk().IsMatch(line))
            {
                continue;
            }
            lines.Add(new ScrapeLine(line, key, false));
        }
        return lines;
    }

    /// <summary>
    /// The headline among the lines above the first paragraph: when the header has a date line, the
    /// headline-shaped line nearest to it (headline and date sit together); otherwise the first one of seven
    /// words or more, else the longest (section labels and menus are shorter than headlines).
    /// </summary>
    private static int FindTitle(List<ScrapeLine> lines, int headerEnd, int dateLine)
    {
        const int SureHeadlineWords = 7;
        const int NearDateMinWords = 5;
        var candidates = new List<(int Index, int Words)>();
        for (var i = 0; i < headerEnd; i++)
        {
            var line = lines[i];
            if (line.Drop && !ParenDateAtEnd().IsMatch(line.Text))
            {
                continue;
            }
            var text = ParenDateAtEnd().Replace(line.Text, "").Trim();
            var words = LineShape.Words(text);
            if (words < 2 || words > 45 || IsTitleStopper(text) || ListMarker().IsMatch(text) || PhotoCaption.IsCaption(text)
                || PortalLexicon.IsEndMarker(line.Key) || PortalLexicon.IsFooter(line.Key))
            {
                continue;
            }
            candidates.Add((i, words));
        }
        if (candidates.Count == 0)
        {
            return -1;
        }
        if (dateLine >= 0 && dateLine < headerEnd + DateLinesAfterBodyStart)
        {
            var near = candidates.Where(c => c.Words >= NearDateMinWords).OrderBy(c => Math.Abs(c.Index - dateLine)).ThenBy(c => c.Index).ToList();
            if (near.Count > 0)
            {
                return near[0].Index;
            }
        }
        foreach (var c in candidates)
        {
            if (c.Words >= SureHeadlineWords)
            {
                return c.Index;
            }
        }
        return candidates.MaxBy(c => c.Words).Index;
    }

    private static bool IsTitleStopper(string text)
    {
        var t = text.TrimEnd();
        return t.EndsWith('.') || t.EndsWith(',') || t.EndsWith(';') || t.EndsWith(':') || t.StartsWith('(') || t.EndsWith('\uFFFD');
    }

    /// <summary>
    /// Where the article stops: a related-list or comments heading, just after a source line ("Theo Báo X",
    /// "Nguồn: X"), or where the portal footer (banner, address, counters) begins.
    /// </summary>
    private static int FindEnd(List<ScrapeLine> lines, int from)
    {
        for (var i = Math.Max(from, 0); i < lines.Count; i++)
        {
            var line = lines[i];
            if (PortalLexicon.IsEndMarker(line.Key))
            {
                return i;
            }
            if (SourceLine().IsMatch(line.Text) && LineShape.Words(line.Text) <= 10)
            {
                return i + 1;
            }
            if (PortalLexicon.IsFooter(line.Key) && !LineShape.IsParagraph(line.Text))
            {
                var start = i;
                while (start - 1 >= from && !lines[start - 1].Drop && LineShape.IsAllCaps(lines[start - 1].Text) && !LineShape.IsParagraph(lines[start - 1].Text))
                {
                    start--;
                }
                return start;
            }
        }
        return lines.Count;
    }

    /// <summary>
    /// Drops runs of two or more headline-shaped lines inside the body: portals list other articles' titles
    /// under the lead. A run introduced by a colon is a list of the article's own and is kept.
    /// </summary>
    private static void DropHeadlineRuns(List<ScrapeLine> lines, int from, int end)
    {
        var i = from;
        while (i < end)
        {
            if (!IsHeadlineShaped(lines[i].Text) || lines[i].Drop)
            {
                i++;
                continue;
            }
            var j = i;
            while (j < end && !lines[j].Drop && IsHeadlineShaped(lines[j].Text))
            {
                j++;
            }
            // Other headlines follow a finished sentence; wrapped lines of one sentence or a list after a colon do not.
            var previous = PreviousKept(lines, i);
            var afterSentence = previous is null || (LineShape.EndsLikeSentence(previous) && !previous.TrimEnd().EndsWith(':'));
            var continuesLower = j < lines.Count && LineShape.StartsLower(lines[j].Text);
            if (j - i >= 2 && afterSentence && !continuesLower)
            {
                for (var k = i; k < j; k++)
                {
                    lines[k] = lines[k] with { Drop = true };
                }
            }
            i = j;
        }
    }

    private static string? PreviousKept(List<ScrapeLine> lines, int index)
    {
        for (var k = index - 1; k >= 0; k--)
        {
            if (!lines[k].Drop)
            {
                return lines[k].Text;
            }
        }
        return null;
    }

    private static bool IsHeadlineShaped(string text)
    {
        var words = LineShape.Words(text);
        return words is >= 5 and <= 35
            && !LineShape.EndsLikeSentence(text)
            && !LineShape.StartsLower(text)
            && !LineShape.IsAllCaps(text)
            && !ListMarker().IsMatch(text)
            && !PhotoCaption.IsCaption(text);
    }

    /// <summary>A byline closing the article: two to five capitalised words, no sentence punctuation.</summary>
    private static string? FindAuthor(List<string> kept)
    {
        for (var i = kept.Count - 1; i >= Math.Max(0, kept.Count - 3); i--)
        {
            var m = Byline().Match(kept[i]);
            if (m.Success)
            {
                return m.Groups["name"].Value.Trim();
            }
        }
        return null;
    }

    private const string NationalMotto = "doc lap - tu do - hanh phuc";

    [GeneratedRegex(@"[\u00A0\u2007\u202F\u200B\u200C\u200D\uFEFF\t\r]", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?:\d{1,2}[/\-.]\d{1,2}[/\-.]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex DateOrTimeLike();

    // Visitor counters ("807,997"), separators ("-------", "|"), lone bullets.
    [GeneratedRegex(@"^(?:[\d.,\s]{1,9}|[\p{P}\p{S}\s]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex CounterOrRule();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownImage();

    [GeneratedRegex(@"\s*\(\s*\d{1,2}[/\-.]\d{1,2}[/\-.]\d{4}\s*\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ParenDateAtEnd();

    [GeneratedRegex(@"^(?:Theo|Nguồn(?:\s+tin)?\s*:|Nguồn\s*:|\(?Nguồn)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"^\s*(?:\(?\d{1,2}[.)](?=\s)|\(?[a-zđ][.)]|[-+•*–—]\s|[IVX]{1,4}[.)]\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(?!Theo\s|Nguồn)(?:(?:Tin|Bài)(?:\s*(?:,|và)\s*ảnh)?\s*:\s*)?(?<name>\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){1,4})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?:function\s*\(|var\s+\w+\s*=|\$\(|document\.|window\.|\{.*:.*\}$)", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptOrStyleJunk();
}
