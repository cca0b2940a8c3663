using Extraction.Extract.Frames;
using Extraction.Extract.Model;
using Extraction.Extract.Text;

namespace Extraction.Extract.Dates;

/// <summary>Where a report's signing date comes from when its sentence has none, and which year it is.</summary>
internal static class ReportDates
{
    /// <summary>
    /// How many sentences back a sentence without a date may take the date of the one that opened the report, or of an
    /// earlier signing (EarlierSigningDay).
    /// </summary>
    internal const int LeadDateLookBack = 4;

    /// <summary>How many sentences at the top may hold the report's opening date (after bylines and date lines).</summary>
    internal const int OpeningSentences = 4;

    /// <summary>The nearest earlier date of an event ("Chiều ngày 11/8, …") within a few sentences.</summary>
    public static (DateMention?, string?) LeadDate(List<Sentence> sentences, int index)
    {
        for (var k = index - 1; k >= 0 && k >= index - LeadDateLookBack; k--)
        {
            var d = EventDate(sentences[k]);
            if (d is not null)
            {
                return (d, sentences[k].Text);
            }
        }
        return (null, null);
    }

    /// <summary>
    /// A sentence's date of an event: the day right after a signing verb (<see cref="SigningDay"/>), else the first day
    /// written with an event word ("Sáng 12/3").
    /// </summary>
    private static DateMention? EventDate(Sentence s)
    {
        var dates = DateFinder.Find(s.Text, s.Start);
        return SigningDay.In(s, dates) ?? DateFinder.EventDate(dates);
    }

    public static (DateMention?, string?) OpeningDate(string? title, List<Sentence> sentences)
    {
        if (!string.IsNullOrEmpty(title) && DateFinder.EventDate(DateFinder.Find(title, 0)) is { } t)
        {
            return (t with { Start = 0, End = 0 }, title);
        }
        for (var k = 0; k < Math.Min(OpeningSentences, sentences.Count); k++)
        {
            var d = EventDate(sentences[k]);
            if (d is not null)
            {
                return (d, sentences[k].Text);
            }
        }
        return (null, null);
    }

    /// <summary>
    /// The year each sentence states, read once a page: every frame of a page looks through its signing sentences, and
    /// frames told in one sentence share their dated sentence.
    /// </summary>
    internal sealed class StatedYears
    {
        private readonly Dictionary<int, int?> bySentence = [];

        private readonly Dictionary<string, int?> byText = new(ReferenceEqualityComparer.Instance);

        public int? Of(Candidate c) =>
            bySentence.TryGetValue(c.SentenceIndex, out var year) ? year : bySentence[c.SentenceIndex] = YearFinder.Find(c.SentenceText);

        public int? Of(string sentence) =>
            byText.TryGetValue(sentence, out var year) ? year : byText[sentence] = YearFinder.Find(sentence);
    }

    /// <summary>
    /// The year: written with the date; else the page date's year, or the year before when the day
    /// would fall after the page date; else a year stated about the event ("năm 2023"); else none.
    /// </summary>
    public static PartialDate? Resolve(Frame f, string? title, DateOnly? published, List<Candidate> all, string text, StatedYears years)
    {
        if (f.Date is not { } d)
        {
            return null;
        }
        if (d.DaysBeforePage is int back)
        {
            return published is { } p ? PartialDate.From(p.AddDays(-back)) : null;
        }
        if (d.Year is int y)
        {
            return new PartialDate(y, d.Month, d.Day);
        }
        if (published is { } page)
        {
            var year = (d.Month, d.Day).CompareTo((page.Month, page.Day)) > 0 ? page.Year - 1 : page.Year;
            return new PartialDate(year, d.Month, d.Day);
        }
        var stated = (f.DateSentence is null ? null : years.Of(f.DateSentence))
            ?? f.Candidates.Where(c => !c.IsTitle).Select(years.Of).FirstOrDefault(v => v is not null)
            ?? all.Where(c => !c.IsTitle).Select(years.Of).FirstOrDefault(v => v is not null)
            ?? (title is null ? null : YearFinder.Find(title))
            ?? (RuleSwitch.On("SameDayYear") && d.Month is { } month && d.Day is { } day ? YearFinder.OfSameDay(text, month, day) : null)
            ?? (RuleSwitch.On("NearDayYear") && d.Month is { } nearMonth && d.Day is { } nearDay ? YearFinder.OfNearDay(text, nearMonth, nearDay) : null)
            ?? (RuleSwitch.On("SameMonthYear") && d.Month is { } sameMonth ? YearFinder.OfSameMonth(text, sameMonth) : null)
            ?? (RuleSwitch.On("ReportYear") ? YearFinder.ReportYear(text) : null);
        return new PartialDate(stated, d.Month, d.Day);
    }
}
