using System.Globalization;

namespace Extraction.Index.Query;

/// <summary>The dates users type in queries and options: ISO or Vietnamese day-first ("05/07/2023").</summary>
public static class QueryDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "d.M.yyyy"];

    public static bool TryParse(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
