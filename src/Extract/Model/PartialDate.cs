namespace Extraction.Extract.Model;

/// <summary>A calendar date whose year may be unknown ("Sáng 09/5" with no year anywhere).</summary>
public readonly record struct PartialDate(int? Year, int Month, int Day)
{
    public static PartialDate From(DateOnly date) => new(date.Year, date.Month, date.Day);

    public DateOnly? ToDateOnly() => Year is int y ? new DateOnly(y, Month, Day) : null;

    /// <summary>ISO form: <c>YYYY-MM-DD</c>, or <c>--MM-DD</c> when the year is unknown.</summary>
    public override string ToString() =>
        Year is int y ? $"{y:D4}-{Month:D2}-{Day:D2}" : $"--{Month:D2}-{Day:D2}";

    public static PartialDate? Parse(string? iso)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return null;
        }
        if (iso.StartsWith("--", StringComparison.Ordinal) && iso.Length == 7)
        {
            return new PartialDate(null, int.Parse(iso.AsSpan(2, 2)), int.Parse(iso.AsSpan(5, 2)));
        }
        var d = IsoDate.Parse(iso);
        return From(d);
    }
}
