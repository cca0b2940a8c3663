using System.Globalization;
using System.Text.RegularExpressions;
using Extraction.Extract.Lexicons;
using Extraction.Extract.Model;
using Extraction.Extract.Text;

namespace Extraction.Extract.Dates;

/// <summary>
/// A year stated about the event ("lễ ký kết các kế hoạch liên tịch năm 2024"), not a period
/// ("giai đoạn 2021-2025", "đến năm 2030", "nhiệm kỳ 2021 - 2026") nor a cited text ("Hiến pháp năm 2013").
/// </summary>
internal static partial class YearFinder
{
    [GeneratedRegex(@"(?<![\p{L}])(?<before>[\p{L}]+\s+)?(?<n>[Nn])ăm\s+(?<y>(?:19|20)\d{2})(?!\s*[-–]\s*\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearPhrase();

    /// <summary>The year phrases of <paramref name="text"/>; "Năm 2006, …" opening a sentence counts with OpeningYear.</summary>
    private static IEnumerable<Match> Years(string text)
    {
        var opening = RuleSwitch.On("OpeningYear");
        return YearPhrase().Matches(text).Where(m => opening || m.Groups["n"].Value == "n");
    }

    private static readonly HashSet<string> NotEventBefore = WordSetLexicon.Group("not-event-before-year");

    /// <summary>
    /// Whether the word before "năm 2000" makes the year a period's or a cited text's ("Hiến pháp năm 2013"); a capitalised
    /// state's name that shares a list word ("Tuần lễ Việt Nam - Pháp năm 2007") names the event's parties (CountryBeforeYear).
    /// </summary>
    private static bool NotEvent(string word, string before) =>
        NotEventBefore.Contains(before)
        && !(RuleSwitch.On("CountryBeforeYear") && char.IsUpper(word[0]) && CountryLexicon.Default.Whole(Tokenizer.Tokenize(word, 0, word.Length)) is not null);

    /// <summary>Every "năm 2000" in <paramref name="text"/>, whatever stands before it; not a range ("năm 2021-2025").</summary>
    public static IEnumerable<int> YearsSaid(string text) =>
        Years(text).Select(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture));

    public static int? Find(string sentence)
    {
        foreach (var m in Years(sentence))
        {
            var word = m.Groups["before"].Value.Trim();
            var before = word.ToLowerInvariant();
            // "được ký kết trong năm 2024": the year of the signing itself.
            if (NotEvent(word, before) && !(before == "trong" && SignedRightBefore(sentence, m.Index)))
            {
                continue;
            }
            return int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        }
        return null;
    }

    // "24/5/2017", "23-27/5/2017", and ranges written with words: "từ ngày 23 đến 27/5/2006", "từ 30/7 đến 2/8/2019",
    // "hai ngày 24 và 25/5/2006" (the first day with or without its own month).
    [GeneratedRegex(@"(?<![\d/.-])(?<d1>\d{1,2})(?:(?:[/.-](?<m1>\d{1,2}))?\s*(?<j>[-–]|đến|tới|và)\s*(?:(?:ngày|hết)\s+)?(?<d2>\d{1,2}))?[/.-](?<m>\d{1,2})[/.-](?<y>(?:19|20)\d{2})(?![\d/.-]?\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumericDay();

    /// <summary>
    /// The year of a full date elsewhere in the text that names the signing's own day ("ngày 24/5" and a visit
    /// "23-27/5/2017"): the day and month agree, so the year is the event's, not a cited document's. Two days joined by
    /// "và" are those two days, not the days between; a range over a year's end gives its first days the year before.
    /// </summary>
    public static int? OfSameDay(string text, int month, int day)
    {
        var words = RuleSwitch.On("DayRangeWords");
        foreach (Match m in NumericDay().Matches(text))
        {
            var joiner = m.Groups["j"].Success ? m.Groups["j"].Value.ToLowerInvariant() : null;
            if (!words && (m.Groups["m1"].Success || joiner is not (null or "-" or "–")))
            {
                continue;
            }
            var year = Int(m, "y");
            var last = (Int(m, "m"), joiner is null ? Int(m, "d1") : Int(m, "d2"));
            var first = (m.Groups["m1"].Success ? Int(m, "m1") : last.Item1, Int(m, "d1"));
            var signed = (month, day);
            if (joiner == "và")
            {
                if (signed == first || signed == last)
                {
                    return year;
                }
            }
            else if (first.CompareTo(last) <= 0)
            {
                if (first.CompareTo(signed) <= 0 && signed.CompareTo(last) <= 0)
                {
                    return year;
                }
            }
            else if (signed.CompareTo(first) >= 0 || signed.CompareTo(last) <= 0)
            {
                return signed.CompareTo(first) >= 0 ? year - 1 : year;
            }
        }
        return null;
    }

    private const int NearDays = 7;

    /// <summary>
    /// The year of a full date elsewhere in the text within a week of the signing's day ("Ngày 5/4/2006, A ký …; ngày 7/4,
    /// B ký …"): one account's days share their year. A cited text dated so close to the signing is of the same year too.
    /// </summary>
    public static int? OfNearDay(string text, int month, int day)
    {
        foreach (Match m in NumericDay().Matches(text))
        {
            if (m.Groups["j"].Success)
            {
                continue;
            }
            var year = Int(m, "y");
            if (IsoDate.Of(year, Int(m, "m"), Int(m, "d1")) is not { } stated)
            {
                continue;
            }
            foreach (var candidate in new[] { year - 1, year, year + 1 })
            {
                if (IsoDate.Of(candidate, month, day) is { } signed && Math.Abs(signed.DayNumber - stated.DayNumber) <= NearDays)
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    // "4/2008", "tháng 4/2008", "tháng 4 năm 2008", "từ tháng 4 đến 10/2008", "tháng 4 - 6/2008": a month (or a month
    // range) with its year, not the tail of a full day/month/year date.
    [GeneratedRegex(@"(?:(?<![\p{L}])tháng\s+(?<m1>\d{1,2})\s*(?:(?:[-–]|đến(?:\s+tháng)?)\s*(?<m2>\d{1,2}))?\s*(?:/|\s+năm\s+)|(?<![\d/.-])(?<m1>\d{1,2})/)(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    /// <summary>
    /// The year of a month stated with its year elsewhere in the text that holds the signing's month ("Sáng 14/4" and
    /// "từ tháng 4 đến 10/2008"): the event's own month, for pages with no page date.
    /// </summary>
    public static int? OfSameMonth(string text, int month)
    {
        foreach (Match m in MonthYear().Matches(text))
        {
            var m1 = int.Parse(m.Groups["m1"].Value, CultureInfo.InvariantCulture);
            var m2 = m.Groups["m2"].Success ? int.Parse(m.Groups["m2"].Value, CultureInfo.InvariantCulture) : m1;
            if (m1 is >= 1 and <= 12 && m1 <= month && month <= m2)
            {
                return int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            }
        }
        return null;
    }

    /// <summary>
    /// The year an undated report is about: the latest year the text states in words ("trong năm 2006",
    /// "năm 2005"), not periods, targets or cited texts; numeric dates are left out, as most of them date
    /// the documents a report cites. For pages with no page date.
    /// </summary>
    public static int? ReportYear(string text)
    {
        int? latest = null;
        foreach (var m in Years(text))
        {
            var word = m.Groups["before"].Value.Trim();
            var before = word.ToLowerInvariant();
            if (before != "trong" && NotEvent(word, before))
            {
                continue;
            }
            latest = Math.Max(latest ?? 0, int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture));
        }
        return latest;
    }

    private static bool SignedRightBefore(string sentence, int at)
    {
        var head = sentence[..at].TrimEnd();
        return head.EndsWith(" ký", StringComparison.OrdinalIgnoreCase) || head.EndsWith(" ký kết", StringComparison.OrdinalIgnoreCase)
            || head.EndsWith(" kí", StringComparison.OrdinalIgnoreCase) || head.EndsWith(" kí kết", StringComparison.OrdinalIgnoreCase);
    }
}
