using Extraction.Extract.Dates;

namespace Extraction.Extract.Pipeline;

/// <summary>
/// The report's opening date ("Báo X - Ngày 5-6, ...") for agreements whose signing sentences give none.
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
        return true;
    }
}
