namespace Extraction.Extract.Model;

/// <summary>
/// Reads the <c>YYYY-MM-DD</c> dates this program writes. By digits rather than
/// <c>DateOnly.ParseExact(…, CultureInfo.InvariantCulture)</c>: the culture parser opens ICU's collator on first
/// use, and an ingest that read back one stored date mapped 1.4 MB more of ICU's libraries for the rest of the
/// run (decisions, ingest memory and the longest articles).
/// </summary>
public static class IsoDate
{
    /// <exception cref="FormatException">Not a valid date written as <c>YYYY-MM-DD</c>.</exception>
    public static DateOnly Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Digits(text, 0, 4) is int year && Digits(text, 5, 2) is int month && Digits(text, 8, 2) is int day
            && Of(year, month, day) is { } date)
        {
            return date;
        }
        throw new FormatException($"'{text}' is not a date written as YYYY-MM-DD");
    }

    /// <summary>The day with this year, month and day, or null when there is none (month 13, 30 February, year 0).</summary>
    public static DateOnly? Of(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int? Digits(string text, int start, int count)
    {
        var n = 0;
        for (var i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return null;
            }
            n = (n * 10) + (text[i] - '0');
        }
        return n;
    }
}
