using System.Globalization;

namespace Extraction.Index.Query;

/// <summary>The dates users type in queries and options: ISO or Vietnamese day-first ("05/07/2023").</summary>
public static class QueryDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "d.M.yyyy"];

    public static bool TryParse(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A date or a bare year as a range bound: the year's first day, or its last when <paramref name="yearEnd"/> (as from:2024 / to:2024 are in the query language).</summary>
    public static bool TryParseBound(string value, bool yearEnd, out DateOnly date)
    {
        var text = value.Trim();
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            date = yearEnd ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
            return true;
        }
        return TryParse(text, out date);
    }
}
