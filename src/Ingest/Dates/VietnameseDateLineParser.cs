using System.Globalization;
using System.Text.RegularExpressions;

namespace Extraction.Ingest.Dates;

/// <summary>
/// Reads publication dates the way Vietnamese pages print them: day first ("06/07/2023 09:56",
/// "23-9-2020", "23 Tháng Mười 2019 9:45:00 SA", "Thứ Tư, 23-9-2020"), plus ISO forms from metadata.
/// <see cref="ParsePageDateLine"/> answers the stricter question "is this line the page's own date line?",
/// so a date inside a sentence or an official document's dateline ("Đắk Lắk, ngày 27 tháng 10 năm 2017")
/// is not taken for the page date.
/// </summary>
public static partial class VietnameseDateLineParser
{
    private const int EarliestYear = 1990;

    /// <summary>Words a line may hold besides a date and time that close it (a breadcrumb or a headline).</summary>
    private const int MaxWordsBeforeStamp = 24;

    /// <summary>The first plausible date anywhere in <paramref name="text"/> (day-first or ISO), not after <paramref name="today"/>.</summary>
    public static DateOnly? FindDate(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text) || !HasDigit(text))
        {
            return null;
        }
        return FirstDate(text, today)?.Date;
    }

    /// <summary>
    /// The date when <paramref name="line"/> is a page's date line: a date with at most a label, weekday, time,
    /// section name or byline around it; or a date in parentheses closing a headline. Otherwise null.
    /// </summary>
    public static DateOnly? ParsePageDateLine(string? line, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(line) || line.Length > 220 || !HasDigit(line))
        {
            return null;
        }
        var iso = IsoPrefix().Match(line);
        if (iso.Success)
        {
            return iso.Groups["d"].Success ? Make(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value, today) : null;
        }
        if (OfficialDateline().IsMatch(line))
        {
            return null;
        }
        var found = FirstDate(line, today);
        if (found is null)
        {
            return null;
        }
        var (date, index, length) = found.Value;
        var after = line[(index + length)..];
        if (index > 0 && line[index - 1] == '(' && ClosingParenAtEnd().IsMatch(after))
        {
            return date;
        }
        var rest = line.Remove(index, length);
        var hasTime = Time().IsMatch(rest);
        rest = Time().Replace(rest, " ");
        rest = Labels().Replace(rest, " ");
        var words = WordCount(rest);
        if (words <= 4 || (hasTime && words <= 6 && line.Length <= 100))
        {
            return date;
        }
        // "Thời sự | Kinh tế | Địa phương | Nông nghiệp 05/03/2024 14:30", a headline closed by its stamp: a date and a
        // time ending the line are the page's stamp; a sentence puts its period after them or goes on.
        return TimeAtLineEnd().IsMatch(after) && words <= MaxWordsBeforeStamp ? date : null;
    }

    // Every date pattern holds a digit (\d, any script's): most lines have none and skip the regexes.
    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Strips a scraper's leading "date YYYY-MM[-DD]" marker, returning the rest of the line.</summary>
    public static string StripIsoPrefix(string line)
    {
        var m = IsoPrefix().Match(line);
        return m.Success ? line[m.Length..].TrimStart() : line;
    }

    internal static bool HasIsoPrefix(string line) => IsoPrefix().IsMatch(line);

    private static (DateOnly Date, int Index, int Length)? FirstDate(string text, DateOnly today)
    {
        (DateOnly, int, int)? best = null;
        foreach (Match m in Numeric().Matches(text))
        {
            var d = Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, today);
            if (d is not null)
            {
                best = (d.Value, m.Index, m.Length);
                break;
            }
        }
        foreach (Match m in IsoDate().Matches(text))
        {
            if (best is not null && best.Value.Item2 <= m.Index)
            {
                break;
            }
            var d = Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, today);
            if (d is not null)
            {
                best = (d.Value, m.Index, m.Length);
                break;
            }
        }
        if (best is null)
        {
            // "24/12/12 11:05": a two-digit year only counts when a time follows.
            foreach (Match m in ShortYear().Matches(text))
            {
                var d = Make((2000 + int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture), m.Groups["m"].Value, m.Groups["d"].Value, today);
                if (d is not null)
                {
                    best = (d.Value, m.Index, m.Length);
                    break;
                }
            }
        }
        foreach (Match m in Named().Matches(text))
        {
            if (best is not null && best.Value.Item2 <= m.Index)
            {
                break;
            }
            var month = VietnameseMonths.Number(m.Groups["m"].Value);
            var d = month is null ? null : Make(m.Groups["y"].Value, month.Value.ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value, today);
            if (d is not null)
            {
                best = (d.Value, m.Index, m.Length);
                break;
            }
        }
        // "Ngày xuất bản 12 March 2019", "Updated: March 12, 2019": English month names on bilingual portals.
        foreach (Match m in EnglishNamed().Matches(text))
        {
            if (best is not null && best.Value.Item2 <= m.Index)
            {
                break;
            }
            var month = EnglishMonth(m.Groups["m"].Value);
            var d = month is null ? null : Make(m.Groups["y"].Value, month.Value.ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value, today);
            if (d is not null)
            {
                best = (d.Value, m.Index, m.Length);
                break;
            }
        }
        return best;
    }

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?<y>\d{4})(?!\d)|(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EnglishNamed();

    private static int? EnglishMonth(string name) =>
        name.Length < 3 ? null : name[..3].ToLowerInvariant() switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
            _ => null,
        };

    private static DateOnly? Make(string year, string month, string day, DateOnly today)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
        {
            return null;
        }
        if (y < EarliestYear || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }
        var date = new DateOnly(y, m, d);
        return date > today ? null : date;
    }

    private static int WordCount(string text)
    {
        var count = 0;
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Any(char.IsLetterOrDigit))
            {
                count++;
            }
        }
        return count;
    }

    [GeneratedRegex(@"^\s*date\s+(?<y>\d{4})-(?<m>\d{2})(?:-(?<d>\d{2}))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPrefix();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})\s?[/\-.]\s?(?<m>\d{1,2})\s?[/\-.]\s?(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{2})(?=\s+\d{1,2}[:h]\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex ShortYear();

    [GeneratedRegex(@"(?<![\d/.-])(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?![\d/.-]?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})\s+(?:tháng|Tháng|THÁNG)\s+(?<m>\d{1,2}|" + VietnameseMonths.WordPattern + @")\s*(?:,|năm|Năm)?\s*(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Named();

    [GeneratedRegex(@"(?<!\d)\d{1,2}\s?[:h]\s?\d{2}(?::\d{2})?(?:\s*(?:SA|CH|AM|PM|sa|ch|am|pm)\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex Time();

    // Labels, weekdays and time zones that may surround a date on its own line.
    [GeneratedRegex(@"(?:Cập nhật(?: lúc| ngày)?|Ngày đăng|Đăng ngày|Đăng lúc|Ngày cập nhật|Thời gian(?: đăng)?|Ngày xuất bản|Xuất bản|Published|Updated|Posted|Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|Chủ\s+[Nn]hật|Ngày|ngày|lúc|sáng|chiều|tối|trưa|GMT\s?[+-]\s?\d{1,2}(?::?\d{2})?|[+-]\d{2}:\d{2}|\bCN\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Labels();

    [GeneratedRegex(@"^\s*[-–|,]?\s*\d{1,2}\s?[:h]\s?\d{2}(?::\d{2})?(?:\s*(?:SA|CH|AM|PM)\b)?\s*(?:\(?\s*GMT\s?[+-]\s?\d{1,2}\s*\)?)?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeAtLineEnd();

    [GeneratedRegex(@"^\s*\)\s*[.\s]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingParenAtEnd();

    // "Đắk Lắk, ngày 27 tháng 10 năm 2017": the dateline of an official document, not the page date.
    [GeneratedRegex(@"^\s*(?!Thứ|Chủ nhật|Cập nhật|Ngày)[\p{Lu}][\p{L}\s.\-]{1,40},\s*ngày\s+\d", RegexOptions.CultureInvariant)]
    private static partial Regex OfficialDateline();
}
