using System.Globalization;
using System.Text.RegularExpressions;
using Extraction.Extract.Lexicons;
using Extraction.Ingest.Dates;

namespace Extraction.Extract.Dates;

/// <summary>
/// Dates of events in a sentence: "Ngày 05/07", "Sáng 09/5", "Chiều ngày 11/8", "ngày 11.8", "Sáng thứ Hai (9/5)",
/// "Chiều 27-10", "ngày 27 tháng 10 năm 2017", "Hôm qua (20/1)", "sáng nay". Dates of cited
/// documents ("Chương trình số 10 ngày 23/12/2022", "ngày 08/10/2021 của Tỉnh ủy") are skipped.
/// </summary>
internal static partial class DateFinder
{
    // Day, month and year are set apart by "/", ".", "-" or an en dash ("Sáng 14 – 3", as typeset news writes it).
    internal const string DaySeparator = "[/.\\-–]";

    [GeneratedRegex(@"(?<![\p{L}\d])(?<tw>(?:" + PatternWords.DateOpenerEitherInitial + "|" + PatternWords.DateOpenerCapitals + @")(?:\s+(?:" + PatternWords.DateOpenerTail + @"))*)(?:\s+(?i:" + PatternWords.Weekday + @")\s*,?)?\s*\(?\s*(?<d>\d{1,2})\s*" + DaySeparator + @"\s*(?<m>\d{1,2})(?:\s*" + DaySeparator + @"\s*(?<y>\d{4}))?(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    // "Thứ Ba (12/10)", "thứ 3 (12-10)": a weekday alone, the day in brackets after it (WeekdayDay).
    [GeneratedRegex(@"(?<![\p{L}\d])(?<tw>(?i:" + PatternWords.Weekday + @"|thứ\s+[2-7]))\s*\(\s*(?<d>\d{1,2})\s*" + DaySeparator + @"\s*(?<m>\d{1,2})(?:\s*" + DaySeparator + @"\s*(?<y>\d{4}))?\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayDate();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<tw>(?:" + PatternWords.PartOfDayEitherInitial + @")?\s*[Nn]gày)\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2}|" + VietnameseMonths.WordPattern + @")(?:\s*(?:năm|,)\s*(?<y>\d{4}))?", RegexOptions.CultureInvariant)]
    private static partial Regex WordDate();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:" + PatternWords.RelativeDateOpenerEitherInitial + @")\s+(?<rel>nay|qua)(?!\s*\(?\s*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeDate();

    // "Hôm qua, 14-3, tại Hà Nội, …": the day written as an aside after the relative word (RelativeCommaDay).
    // Anchored (\G) at the relative word it is tried at, so a miss costs no scan of the rest of the sentence.
    [GeneratedRegex(@"\G(?<![\p{L}\d])(?<tw>(?:" + PatternWords.RelativeDateOpenerEitherInitial + @")\s+(?:nay|qua))\s*,\s*(?<d>\d{1,2})\s*" + DaySeparator + @"\s*(?<m>\d{1,2})(?:\s*" + DaySeparator + @"\s*(?<y>\d{4}))?(?=\s*,)", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeCommaDay();

    /// <summary>A sentence's day of an event: the first day written with an event word ("Sáng 12/3"), else null.</summary>
    public static DateMention? EventDate(List<DateMention> dates) => dates.FirstOrDefault(d => d.EventWord);

    /// <summary>The date a signing sentence gives its signing: its event day, else the first day it writes.</summary>
    public static DateMention? SigningDate(List<DateMention> dates) => EventDate(dates) ?? dates.FirstOrDefault();

    // A document number just before "ngày": "số 10 ngày", "05-NQ/TU, ngày", "/QĐ-UBND ngày".
    [GeneratedRegex(@"(?:\bsố\s+\S+|\S*\d\S*/\S+|\S+-[A-ZĐ]+\S*)[\s,]*$", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentNumberBefore();

    // A date or a month ending the words before "ngày" ("từ ngày 10 đến 12/5/2006, ngày 11/5", "tháng 6/2006, ngày"): no
    // document's number, which holds letters (DateBeforeDay).
    [GeneratedRegex(@"(?<![\p{L}\d/])\d{1,2}(?:\s*/\s*\d{1,2})?\s*/\s*\d{4}[\s,]*$", RegexOptions.CultureInvariant)]
    private static partial Regex DateBefore();

    [GeneratedRegex(@"^\s*(?:" + PatternWords.DocumentAfterDate + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentAfter();

    public static List<DateMention> Find(string sentence, int offset)
    {
        var list = new List<DateMention>();
        foreach (Match m in NumericDate().Matches(sentence))
        {
            Add(list, sentence, m, offset);
        }
        foreach (Match m in WordDate().Matches(sentence))
        {
            Add(list, sentence, m, offset);
        }
        if (RuleSwitch.On("WeekdayDay"))
        {
            foreach (Match m in WeekdayDate().Matches(sentence))
            {
                Add(list, sentence, m, offset);
            }
        }
        var commaDay = RuleSwitch.On("RelativeCommaDay");
        foreach (Match m in RelativeDate().Matches(sentence))
        {
            // National news without page dates: "Sáng qua, 14/3, …" can be dated only by the day set off by commas.
            // Tried only where a relative word stands, so sentences without one pay nothing.
            if (commaDay && RelativeCommaDay().Match(sentence, m.Index) is { Success: true } day)
            {
                var before = list.Count;
                Add(list, sentence, day, offset);
                if (list.Count > before)
                {
                    continue;
                }
            }
            var days = m.Groups["rel"].Value == "qua" ? 1 : 0;
            list.Add(new DateMention(offset + m.Index, offset + m.Index + m.Length, 0, 0, null, true) { DaysBeforePage = days });
        }
        list.Sort((a, b) => a.Start.CompareTo(b.Start));
        return list;
    }

    private static void Add(List<DateMention> list, string sentence, Match m, int offset)
    {
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        // "Ngày 9 tháng Mười Một": a month written as a word (SpelledMonth).
        var spelled = !char.IsDigit(m.Groups["m"].Value[0]);
        if ((spelled && !RuleSwitch.On("SpelledMonth")) || VietnameseMonths.Number(m.Groups["m"].Value) is not int month)
        {
            return;
        }
        int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        if (day < 1 || day > DateTime.DaysInMonth(year ?? 2024, month) || year is < 1900 or > 2100)
        {
            return;
        }
        var tw = m.Groups["tw"].Value.Trim();
        var lowerNgay = tw == "ngày";
        if (lowerNgay)
        {
            var before = sentence[Math.Max(0, m.Index - 40)..m.Index];
            var after = sentence[(m.Index + m.Length)..Math.Min(sentence.Length, m.Index + m.Length + 20)];
            if ((DocumentNumberBefore().IsMatch(before) && !(RuleSwitch.On("DateBeforeDay") && DateBefore().IsMatch(before)))
                || DocumentAfter().IsMatch(after))
            {
                return;
            }
        }
        if (list.Any(d => d.Start <= offset + m.Index && offset + m.Index < d.End))
        {
            return;
        }
        list.Add(new DateMention(offset + m.Index, offset + m.Index + m.Length, day, month, year, !lowerNgay));
    }
}
