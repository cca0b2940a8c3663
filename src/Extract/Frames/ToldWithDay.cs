using Extraction.Extract.Dates;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>
/// Whether an agreement's signing is told with a day, in its own sentences or in the report's opening. A signing told
/// with none is most often a treaty recalled as background ("Hai nước đã ký Hiệp định … tháng 12/2020"): sides read
/// from elsewhere than its own clause would then be wrong sides of a false report. The opening is read once per page.
/// </summary>
internal sealed class ToldWithDay(string? title, List<Sentence> sentences)
{
    private readonly Lazy<bool> opening = new(() => ReportDates.OpeningDate(title, sentences).Item1 is not null);

    public bool Holds(Frame f) => f.Date is not null || opening.Value;
}
