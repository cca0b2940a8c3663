using Extraction.Extract.Dates;
using Extraction.Extract.Model;
using Extraction.Extract.Parties;

namespace Extraction.Extract.Frames;

/// <summary>One agreement being assembled from the sentences that report it.</summary>
internal sealed class Frame
{
    public List<Candidate> Candidates { get; } = [];

    public List<PartyMention> Parties { get; } = [];

    public string? Kind { get; set; }

    public TextSpan? KindSpan { get; set; }

    public string? Subject { get; set; }

    public TextSpan? SubjectSpan { get; set; }

    public DateMention? Date { get; set; }

    public string? DateSentence { get; set; }

    public string? Period { get; set; }

    public TextSpan? PeriodSpan { get; set; }

    public string? Location { get; set; }

    public TextSpan? LocationSpan { get; set; }

    /// <summary>"ký kết các chương trình phối hợp": a ceremony covering several agreements told one by one after.</summary>
    public bool Umbrella { get; set; }

    /// <summary>Second agreement of a sentence naming two kinds; later sentences merge into its twin.</summary>
    public bool Sibling { get; set; }

    public Candidate? FirstTextCandidate => Candidates.FirstOrDefault(c => !c.IsTitle);

    /// <summary>One agreement of a frame that tells several apart: the same details and sentences, between two of its sides.</summary>
    public Frame PairPart(PartyMention a, PartyMention b)
    {
        var part = new Frame
        {
            Kind = Kind, KindSpan = KindSpan, Subject = Subject, SubjectSpan = SubjectSpan, Date = Date, DateSentence = DateSentence,
            Period = Period, PeriodSpan = PeriodSpan, Location = Location, LocationSpan = LocationSpan,
        };
        part.Candidates.AddRange(Candidates);
        part.Parties.Add(a);
        part.Parties.Add(b);
        return part;
    }
}
