using System.Globalization;
using System.Text.RegularExpressions;
using Extraction.Extract.Dates;
using Extraction.Extract.Lexicons;
using Extraction.Extract.Text;

namespace Extraction.Extract.Detection;

/// <summary>
/// A signing dated in its own clause by a month and year ("Tháng 12/2019, hai bên đã ký …", "ký … vào tháng 9/2015") or
/// by a year alone ("Năm 2015, A và B đã ký …") well before the report is history, a review or a cumulative record
/// (extract-gaps class 7), not the event reported. Reports date their event by the day; a day in the clause leaves
/// the verdict to the other rules. The report's time is the page date, else the latest year the text states.
/// </summary>
internal static partial class StatedOldDate
{
    /// <summary>A month-year date this many months before the page's month is history; nearer ones may be late reports.</summary>
    private const int MonthsBefore = 3;

    /// <summary>Tokens after the verb that still belong to its clause ("ký Hiệp định hợp tác vận tải … tháng 5/2012").</summary>
    private const int ClauseTail = 20;

    [GeneratedRegex(@"(?<![\p{L}\d])(?:[Nn]gày\s+\d|\d{1,2}\s*" + DateFinder.DaySeparator + @"\s*\d{1,2}(?![\d]))", RegexOptions.CultureInvariant)]
    private static partial Regex DayDate();

    [GeneratedRegex(@"(?<![\p{L}])tháng\s+(?<m>\d{1,2})\s*(?:/|\s+năm\s+)(?<y>(?:19|20)\d{2})(?!\d)|(?<![\d/.\-])(?<m>\d{1,2})/(?<y>(?:19|20)\d{2})(?![\d/])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    // A year said of the event: opening the clause ("Năm 2015, …"), after a comma, or after a time preposition
    // ("vào năm", "trong năm", "hồi năm", "từ năm", "cuối năm"); not "giai đoạn 2021-2025" nor "Kế hoạch … năm 2024".
    private const string YearSaid = @"(?:^|,|(?<![\p{L}])(?:" + PatternWords.YearPreposition + @"))\s*năm\s+";

    [GeneratedRegex(YearSaid + @"(?<y>(?:19|20)\d{2})(?!\s*[-–]\s*\d)(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Year();

    // "ngày 4/5/2001", "hôm 5-3-1998": a day with its month and year, the form both readings below look for.
    private const string NamedDay = @"(?:ngày|hôm)\s+(?<d>\d{1,2})\s*" + DateFinder.DaySeparator + @"\s*(?<m>\d{1,2})\s*" + DateFinder.DaySeparator + @"\s*(?<y>(?:19|20)\d{2})(?!\d)";

    // A full day right after the verb ("ký ngày 4/5/2001", "ký kết vào ngày 5-3-1998") …
    [GeneratedRegex(@"^\s*(?:vào\s+)?" + NamedDay, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayAfterVerb();

    // … or opening the clause, at most two words before it ("Ngày 2/3/1998, …", "Cụ thể ngày 8-6-1997 hai bên …").
    [GeneratedRegex(@"^[\s\p{P}]*(?:\p{L}+\s+){0,2}?" + NamedDay, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayOpening();

    // Any full day with its year in the text: on an undated page the latest one also tells when the report was written.
    [GeneratedRegex(@"(?<![\d/.\-])\d{1,2}\s*" + DateFinder.DaySeparator + @"\s*\d{1,2}\s*" + DateFinder.DaySeparator + @"\s*(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex AnyFullDay();

    /// <summary>A day this many months before the page's month is history, whatever the form of the report.</summary>
    private const int DayMonthsBefore = 12;

    /// <summary>On an undated page, a day this many years before the latest year the text states is history.</summary>
    private const int DayYearsBefore = 2;

    /// <summary>Whether <paramref name="clause"/> is dated, in its own clause, long before the report.</summary>
    public static bool IsOld(string text, IReadOnlyList<Token> tokens, SigningClause clause, DateOnly? published, Func<int?> reportYear)
    {
        var start = clause.VerbToken;
        while (start > 0 && tokens[start - 1].Text is not (";" or ":"))
        {
            start--;
        }
        var end = clause.VerbEndToken;
        while (end < tokens.Count && end < clause.VerbEndToken + ClauseTail && tokens[end].Text is not (";" or ":" or "."))
        {
            end++;
        }
        if (end <= start)
        {
            return false;
        }
        var clauseText = text[tokens[start].Start..tokens[end - 1].End];
        if (!clauseText.Any(char.IsDigit))
        {
            return false;
        }
        if (RuleSwitch.On("StatedOldDay") && OldDay(text, tokens, clause, start, end, published, reportYear))
        {
            return true;
        }
        if (DayDate().IsMatch(clauseText))
        {
            return false;
        }
        foreach (Match m in MonthYear().Matches(clauseText))
        {
            var (y, month) = (Number(m.Groups["y"]), Number(m.Groups["m"]));
            if (month is < 1 or > 12)
            {
                continue;
            }
            if (published is { } p ? (p.Year * 12) + p.Month - ((y * 12) + month) >= MonthsBefore : y < reportYear())
            {
                return true;
            }
        }
        foreach (Match m in Year().Matches(clauseText))
        {
            var y = Number(m.Groups["y"]);
            if (y < (published?.Year ?? reportYear()))
            {
                return true;
            }
        }
        // "Hai nước đã ký Hiệp ước … vào năm 2002 tại Moskva", "Năm 2003, công ty A ký hợp đồng với công ty B" on an undated
        // page (LoneYear): a report dates its own signing by a day or "hôm qua", "sáng nay", "vừa"; a year said of it, with
        // none of these in the clause, tells history even when no later year is written (a news brief rarely writes its own).
        // "trong năm 2007", "từ năm 2007" name a period of what was agreed ("giao hàng trong năm 2007"), not when it was signed.
        return RuleSwitch.On("LoneYear") && published is null && !RecentWord().IsMatch(clauseText)
            && Year().Matches(clauseText).Any(m => !NamesPeriod(m.Value.TrimStart(',', ' ')));
    }

    private static bool NamesPeriod(string yearPhrase) =>
        yearPhrase.StartsWith("trong", StringComparison.OrdinalIgnoreCase) || yearPhrase.StartsWith("từ", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<!\p{L})(?:" + PatternWords.RecentWord + @")(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RecentWord();

    /// <summary>
    /// "(ký ngày 4/5/2001, có giá trị đến …)", "Ngày 2/3/1998, hai công ty đã ký hợp đồng …"
    /// (extract-gaps class 7): a full day with its year, attached to the verb or opening the clause, a year or more
    /// before the page date (undated page: two years before the latest year the text states) dates a signing told as
    /// history. A cited document's day deeper in the clause ("thực hiện Quyết định số 12 ngày 5/3/2019") is not the
    /// signing's and is not read.
    /// </summary>
    private static bool OldDay(string text, IReadOnlyList<Token> tokens, SigningClause clause, int start, int end, DateOnly? published, Func<int?> reportYear)
    {
        var verbEnd = tokens[clause.VerbEndToken - 1].End;
        var after = DayAfterVerb().Match(text[verbEnd..tokens[end - 1].End]);
        // The opening is read from the last full stop before the verb too: a sentence the splitter left joined to the one before.
        var open = clause.VerbToken;
        while (open > start && tokens[open - 1].Text is not ".")
        {
            open--;
        }
        var opening = clause.VerbToken > open ? DayOpening().Match(text[tokens[open].Start..tokens[clause.VerbToken].Start]) : Match.Empty;
        foreach (var m in new[] { after, opening })
        {
            if (!m.Success)
            {
                continue;
            }
            var (y, month) = (Number(m.Groups["y"]), Number(m.Groups["m"]));
            if (month is < 1 or > 12)
            {
                continue;
            }
            if (published is { } p ? (p.Year * 12) + p.Month - ((y * 12) + month) >= DayMonthsBefore : y <= LatestYear(text, reportYear()) - DayYearsBefore)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The latest year the undated text states, by "năm YYYY" (<paramref name="reportYear"/>) or in a full day.</summary>
    private static int? LatestYear(string text, int? reportYear)
    {
        var latest = reportYear;
        foreach (Match m in AnyFullDay().Matches(text))
        {
            latest = Math.Max(latest ?? 0, Number(m.Groups["y"]));
        }
        return latest;
    }

    private static int Number(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);
}
