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
        if (QueryDates.TryParseBound(value, yearEnd, out var date))
        {
            return date;
        }
        throw new UserErrorException($"{option} {value}: not a date (use 2023-08-07, 07/08/2023 or a year such as 2023)");
    }
}
