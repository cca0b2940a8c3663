using Extraction.Extract.Dates;

namespace Extraction.Extract.Pipeline;

/// <summary>
/// The report's opening date ("Báo X - Ngày 5-6, ...") for agreements whose signing sentences give none; on a page
/// with no date, a day written in the sentence of a relative one ("Sáng qua, … ngày 12/3") instead of the relative.
/// </summary>
internal sealed class OpeningDateStep : IExtractionStep
{
    public string Name => "OpeningDate";

    public bool Run(ExtractionContext context)
    {
        if (context.Frames.Any(f => f.Date is null))
        {
            var (opening, openingSentence) = ReportDates.OpeningDate(context.Title, context.Sentences);
            foreach (var f in context.Frames.Where(f => f.Date is null))
            {
                (f.Date, f.DateSentence) = (opening, openingSentence);
            }
        }
        if (context.Article.Published is null && RuleSwitch.On("ExplicitOverRelative"))
        {
            foreach (var f in context.Frames)
            {
                if (f.Date is { DaysBeforePage: not null } relative && ReportDates.ExplicitInstead(relative, context.Sentences) is { } day)
                {
                    f.Date = day;
                }
            }
        }
        return true;
    }
}
