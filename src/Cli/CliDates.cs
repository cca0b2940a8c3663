using System.Globalization;

namespace Extraction.Cli;

/// <summary>Reads the dates users type in options: ISO (2023-08-07) or Vietnamese day-first (07/08/2023).</summary>
internal static class CliDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"];

    public static DateOnly? Parse(string? value, string option)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        throw new UserErrorException($"{option} {value}: not a date (use 2023-08-07 or 07/08/2023)");
    }
}
