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
        var part = Copy(withParties: false);
        part.Parties.Add(a);
        part.Parties.Add(b);
        return part;
    }

    /// <summary>Another agreement told by the same sentences, with the same details and (unless not wanted) the same sides.</summary>
    public Frame Copy(bool withParties = true)
    {
        var copy = new Frame
        {
            Kind = Kind, KindSpan = KindSpan, Subject = Subject, SubjectSpan = SubjectSpan, Date = Date, DateSentence = DateSentence,
            Period = Period, PeriodSpan = PeriodSpan, Location = Location, LocationSpan = LocationSpan,
        };
        copy.Candidates.AddRange(Candidates);
        if (withParties)
        {
            copy.Parties.AddRange(Parties);
        }
        return copy;
    }

    /// <summary>
    /// Takes in a sentence that tells this agreement: its sides (when <paramref name="addParties"/>), and each detail the
    /// frame does not hold yet. The one path by which a candidate's details enter a frame, so a new detail is added here once.
    /// </summary>
    public void Absorb(Candidate c, bool addParties)
    {
        Candidates.Add(c);
        if (addParties)
        {
            foreach (var p in c.Parties)
            {
                AddParty(p);
            }
        }
        if (Kind is null && c.Kinds.Count > 0)
        {
            Kind = c.Kinds[0].Mention.Kind;
            KindSpan = c.IsTitle ? null : c.Kinds[0].Span;
            Subject = c.Subject;
            SubjectSpan = c.SubjectSpan;
        }
        if (Date is null && c.Date is not null)
        {
            Date = c.Date;
            DateSentence = c.DateSentence;
        }
        if (Period is null && c.Period is not null)
        {
            (Period, PeriodSpan) = (c.Period, c.PeriodSpan);
        }
        if (Location is null && c.Location is not null)
        {
            (Location, LocationSpan) = (c.Location, c.LocationSpan);
        }
    }

    /// <summary>Adds a side, or names one it holds by the fuller mention.</summary>
    public void AddParty(PartyMention p)
    {
        for (var i = 0; i < Parties.Count; i++)
        {
            if (PartySimilarity.SameBody(Parties[i], p))
            {
                // The fullest mention names the side; the first span found stays if the new one is from the headline.
                if (PartySimilarity.CoreWordCount(p.Name) > PartySimilarity.CoreWordCount(Parties[i].Name))
                {
                    Parties[i] = p;
                }
                return;
            }
        }
        Parties.Add(p);
    }
}
