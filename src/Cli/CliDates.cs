using System.Globalization;
using Extraction.Index.Query;

namespace Extraction.Cli;

/// <summary>Reads --from/--to as the query language reads from:/to: (ISO, day-first or a bare year), naming the option when wrong.</summary>
internal static class CliDates
{
    public static DateOnly? Parse(string? value, string option, bool yearEnd)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = value.Trim();
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            // A bare year is the whole year, as from:2024 / to:2024 are in the query language.
            return yearEnd ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }
        if (QueryDates.TryParse(text, out var date))
        {
            return date;
        }
        throw new UserErrorException($"{option} {value}: not a date (use 2023-08-07, 07/08/2023 or a year such as 2023)");
    }
}
