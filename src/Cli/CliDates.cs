using Extraction.Index.Query;

namespace Extraction.Cli;

/// <summary>Reads --from/--to as the query language reads from:/to: (ISO or day-first), naming the option when wrong.</summary>
internal static class CliDates
{
    public static DateOnly? Parse(string? value, string option)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (QueryDates.TryParse(value.Trim(), out var date))
        {
            return date;
        }
        throw new UserErrorException($"{option} {value}: not a date (use 2023-08-07 or 07/08/2023)");
    }
}
