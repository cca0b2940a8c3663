using System.Text.RegularExpressions;
using Extraction.Extract.Lexicons;

namespace Extraction.Extract.Items;

/// <summary>
/// Lists whose items carry a marker: "(1) … (2) …" and "a) … b) …" (inline or one per line),
/// "1. …" at line starts, and bullet lines ("-", "+", "•").
/// </summary>
internal static partial class MarkerListScanner
{
    /// <summary>Longest stretch between two markers of one list; beyond it they belong to different lists.</summary>
    private const int MaxGap = 2500;

    [GeneratedRegex(@"\((\d{1,2})\)(?=[\s\p{L}“""'])", RegexOptions.CultureInvariant)]
    private static partial Regex ParenNumber();

    [GeneratedRegex(@"(?<=^|[\s:;])\(?([a-hđ])\)(?=[ \t]+\S)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Letter();

    private const string LineNumberOpen = @"^[ \t]*(\d{1,2})";

    private const string LineNumberClose = @"[ \t]+(?=\S)";

    [GeneratedRegex(LineNumberOpen + "[.)]" + LineNumberClose, RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex LineNumber();

    /// <summary>"1/ …" opening a line, another way of numbering; a list of its own, never mixed with "1." lines.</summary>
    [GeneratedRegex(LineNumberOpen + "/" + LineNumberClose, RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex LineSlashNumber();

    /// <summary>"1) … 2) …" inside a sentence ("(1)" is <see cref="ParenNumber"/>).</summary>
    [GeneratedRegex(@"(?<=[ \t:;.])(\d{1,2})\)(?=[ \t]+\S)", RegexOptions.CultureInvariant)]
    private static partial Regex InlineNumber();

    /// <summary>"a. …" opening a line.</summary>
    [GeneratedRegex(@"^[ \t]*([a-hđ])\.[ \t]+(?=\S)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex LineLetter();

    [GeneratedRegex(@"^[ \t]*([-+•*–·▪●○])[ \t]+(?=\S)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Bullet();

    /// <summary>Ordinal words: "Thứ nhất, … Thứ hai, …", "Một là, … Hai là, …".</summary>
    [GeneratedRegex(@"(?<=^|[\s:;.])(?:[Tt]hứ (" + PatternWords.Ordinal + @")|(" + PatternWords.OrdinalCount + @") là)\s*[,:]?(?=\s+\S)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex OrdinalWord();

    public static List<ItemList> Find(string text, int start, int end)
    {
        var lists = new List<ItemList>();
        lists.AddRange(Sequences(text, start, end, ParenNumber(), NumberOrdinal, inline: true, verbIsEnough: true));
        lists.AddRange(Sequences(text, start, end, Letter(), LetterOrdinal, inline: true, verbIsEnough: true));
        lists.AddRange(Sequences(text, start, end, LineNumber(), NumberOrdinal, inline: false, verbIsEnough: false));
        if (RuleSwitch.On("SlashNumber"))
        {
            lists.AddRange(Sequences(text, start, end, LineSlashNumber(), NumberOrdinal, inline: false, verbIsEnough: false));
        }
        lists.AddRange(Sequences(text, start, end, InlineNumber(), NumberOrdinal, inline: true, verbIsEnough: true));
        lists.AddRange(Sequences(text, start, end, LineLetter(), LetterOrdinal, inline: false, verbIsEnough: false));
        lists.AddRange(Bullets(text, start, end));
        lists.AddRange(Sequences(text, start, end, OrdinalWord(), WordOrdinal, inline: true, verbIsEnough: false));
        return lists;
    }

    private static int WordOrdinal(string marker) => marker.ToLowerInvariant() switch
    {
        "nhất" or "một" => 1,
        "hai" => 2,
        "ba" => 3,
        "tư" or "bốn" => 4,
        "năm" => 5,
        "sáu" => 6,
        _ => 7,
    };

    private static int NumberOrdinal(string marker) => int.Parse(marker, System.Globalization.CultureInfo.InvariantCulture);

    // Vietnamese lettering runs a, b, c, d, đ, e, g, h; Latin a..h also occurs.
    private static int LetterOrdinal(string marker) => marker[0] switch
    {
        'đ' => 5,
        var c and >= 'e' => c - 'a' + 2,
        var c => c - 'a' + 1,
    };

    private static bool Follows(int previous, int next) => next == previous + 1 || (previous == 4 && next == 6) || (previous == 6 && next == 8);

    private static IEnumerable<ItemList> Sequences(string text, int start, int end, Regex marker, Func<string, int> ordinal, bool inline, bool verbIsEnough)
    {
        var run = new List<Match>();
        var last = 0;
        for (var m = marker.Match(text, start); m.Success && m.Index < end; m = m.NextMatch())
        {
            var n = ordinal((m.Groups[1].Success ? m.Groups[1] : m.Groups[2]).Value);
            if (run.Count > 0 && Follows(last, n) && m.Index - run[^1].Index <= MaxGap)
            {
                run.Add(m);
                last = n;
                continue;
            }
            if (n == 1)
            {
                if (Build(text, end, run, inline, verbIsEnough) is { } list)
                {
                    yield return list;
                }
                run = [m];
                last = 1;
            }
        }
        if (Build(text, end, run, inline, verbIsEnough) is { } tail)
        {
            yield return tail;
        }
    }

    private static ItemList? Build(string text, int end, List<Match> run, bool inline, bool verbIsEnough)
    {
        if (run.Count < 2 || !HasContentsIntro(text, run[0].Index, sameLine: inline, verbIsEnough))
        {
            return null;
        }
        var items = new List<(int, int)>(run.Count);
        for (var i = 0; i < run.Count; i++)
        {
            var from = run[i].Index + run[i].Length;
            var lineEnd = TextLines.LineEnd(text, from, end);
            // An inline item runs to the next marker; the last one, every line-start item, and an item whose next
            // marker opens a new paragraph (so a photo caption in between stays out) to the end of its line.
            var to = inline && i + 1 < run.Count && !OpensLine(text, run[i + 1].Index) ? run[i + 1].Index : lineEnd;
            items.Add((from, to));
        }
        var regionEnd = items[^1].Item2;
        return new ItemList(run[0].Index, regionEnd, items);
    }

    private static bool OpensLine(string text, int marker) => TextLines.IsBlank(text, TextLines.LineStart(text, marker), marker);

    private static IEnumerable<ItemList> Bullets(string text, int start, int end)
    {
        var run = new List<Match>();
        char bullet = '\0';
        var previousLineEnd = -1;
        for (var m = Bullet().Match(text, start); m.Success && m.Index < end; m = m.NextMatch())
        {
            var c = m.Groups[1].Value[0];
            var adjacent = run.Count > 0 && c == bullet && TextLines.IsBlank(text, previousLineEnd, m.Index);
            if (!adjacent)
            {
                if (BuildBullets(text, end, run) is { } list)
                {
                    yield return list;
                }
                run = [];
                bullet = c;
            }
            run.Add(m);
            previousLineEnd = TextLines.LineEnd(text, m.Index, end);
        }
        if (BuildBullets(text, end, run) is { } tail)
        {
            yield return tail;
        }
    }

    private static ItemList? BuildBullets(string text, int end, List<Match> run)
    {
        if (run.Count < 2 || !HasContentsIntro(text, run[0].Index, sameLine: false, verbIsEnough: false))
        {
            return null;
        }
        var items = run.Select(m => (m.Index + m.Length, TextLines.LineEnd(text, m.Index, end))).ToList();
        // Questions mark an interview, not a list of contents.
        if (items.Any(r => text.AsSpan(r.Item1, r.Item2 - r.Item1).TrimEnd().EndsWith("?", StringComparison.Ordinal)))
        {
            return null;
        }
        return new ItemList(run[0].Index, items[^1].Item2, items);
    }

    /// <summary>The words before the first marker (on its line, else the line before) must announce contents.</summary>
    private static bool HasContentsIntro(string text, int firstMarker, bool sameLine, bool verbIsEnough)
    {
        var lineStart = TextLines.LineStart(text, firstMarker);
        string intro;
        if (sameLine && !TextLines.IsBlank(text, lineStart, firstMarker))
        {
            intro = text[Math.Max(lineStart, firstMarker - 300)..firstMarker];
        }
        else
        {
            intro = TextLines.PreviousLine(text, lineStart);
            if (intro.Length > 300)
            {
                intro = intro[^300..];
            }
        }
        return ListCues.IntroducesMarkedList(intro, verbIsEnough);
    }
}
