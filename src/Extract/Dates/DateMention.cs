namespace Extraction.Extract.Dates;

/// <summary>A date written in a sentence; offsets in the source string. <see cref="Year"/> only when written.</summary>
internal sealed record DateMention(int Start, int End, int Day, int Month, int? Year, bool EventWord)
{
    /// <summary>Days before the page date for "hôm nay"/"hôm qua" forms, else null.</summary>
    public int? DaysBeforePage { get; init; }
}
