using Extraction.Extract.Confidence;
using Extraction.Extract.Dates;
using Extraction.Extract.Parties;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>
/// The meeting frame read for an agreement (extract-gaps class 11): "A làm việc với B. … Tại buổi làm việc, hai bên đã
/// ký …" names its sides in the meeting told before the signing. <see cref="MeetingFrame"/> reads who met whom
/// in one sentence; this finds that sentence for a signing and turns host and visitor into its sides. Called from
/// <see cref="EarlierActors"/>, whose rules (MeetingSides, MeetingOneSide, MeetingNoSubject, DelegationStandsFor) decide when.
/// </summary>
internal static class MeetingSides
{
    // How far before the signing sentence a meeting may be reported ("… làm việc với B. <a sentence>. Tại buổi làm việc, …").
    private const int LookBack = 3;

    /// <summary>
    /// "Sở A làm việc với đoàn công tác của Công ty B. … Tại buổi làm việc, hai bên đã ký …": host and visitor of the
    /// nearest meeting reported in the few sentences before the signing one, in its paragraph or the page's lead.
    /// </summary>
    public static List<PartyMention>? Before(string text, List<Sentence> sentences, int at, ArticlePlace place, int verbStart)
    {
        var lead = text.IndexOf('\n') is var nl and >= 0 ? nl : text.Length;
        // The signing sentence's own words before its verb first: "A đến thăm B; nhân dịp này, hai đơn vị đã ký …"; then the few
        // sentences before it. A meeting in the page's opening sentences ("Ban A vừa làm việc với Phòng B …") is the event the
        // page reports: a "hai bên đã ký" told paragraphs later is signed by its host and visitor (MeetingInOpening).
        var openingOn = RuleSwitch.On("MeetingInOpening");
        var near = Enumerable.Range(Math.Max(0, at - LookBack), Math.Min(at, LookBack) + 1).Reverse();
        var opening = openingOn ? Enumerable.Range(0, Math.Clamp(at - LookBack, 0, ReportDates.OpeningSentences)).Reverse() : [];
        foreach (var k in near.Concat(opening))
        {
            var inOpening = openingOn && k < ReportDates.OpeningSentences;
            if (k < at && !inOpening && sentences[k].Start >= lead && text.AsSpan(sentences[k].End, sentences[at].Start - sentences[k].End).Contains('\n'))
            {
                continue;
            }
            var tokens = Tokenizer.Tokenize(text, sentences[k].Start, k == at ? verbStart : sentences[k].End);
            if (MeetingFrame.Sides(tokens, PartyFinder.ScanOrganisations(tokens)) is var (host, visitor))
            {
                var sides = new List<PartyMention>();
                SideMentions.AddNew(sides, SideMentions.Of(text, tokens, host, place, Provenance.PartyAntecedent));
                SideMentions.AddNew(sides, SideMentions.Of(text, tokens, visitor, place, Provenance.PartyAntecedent));
                return sides.Count == 2 ? sides : null;
            }
        }
        return null;
    }

    /// <summary>"đoàn công tác của Công ty X": the owner after "của" is the body its envoys stand for, a side.</summary>
    public static bool EnvoyOwner(List<Token> tokens, int start) =>
        Enumerable.Range(Math.Max(0, start - 4), Math.Min(4, start)).Any(k => MeetingFrame.EnvoyEnd(tokens, k) == start);
}
