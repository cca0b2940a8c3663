using Extraction.Extract.Confidence;
using Extraction.Extract.Parties;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>
/// An agreement still without a side whose signing sentence names two or more states standing alone (extract-gaps
/// classes 17 and 20): the signers are persons, or the document's name carries the states ("Bộ trưởng Ngoại giao A và
/// người đồng cấp B đã ký …", "… ký Hiệp định đối tác kinh tế A - B"). Gold names the states as the sides. It runs after
/// every other completion, so a body the page names for the agreement wins; a state in brackets says where a body is,
/// and a signing told with no day is read as recalled (<see cref="ToldWithDay"/>, SentenceStatesDated).
/// </summary>
internal static class SentenceStates
{
    public static void Complete(List<Frame> frames, string? title, string text, List<Sentence> sentences, ArticlePlace place)
    {
        var dated = new ToldWithDay(title, sentences);
        foreach (var f in frames.Where(f => f.Parties.Count == 0 && (!RuleSwitch.On("SentenceStatesDated") || dated.Holds(f))))
        {
            var sides = new List<PartyMention>();
            foreach (var at in f.Candidates.Where(c => !c.IsTitle).Select(c => c.SentenceIndex).Distinct())
            {
                var tokens = Tokenizer.Tokenize(text, sentences[at].Start, sentences[at].End);
                foreach (var state in PairReference.Named(tokens, states: true).Where(o => o.Start == 0 || tokens[o.Start - 1].Text != "("))
                {
                    SideMentions.AddNew(sides, SideMentions.Of(text, tokens, state, place, Provenance.PartyPlaceOnly));
                }
            }
            if (sides.Count >= 2)
            {
                f.Parties.AddRange(sides);
            }
        }
    }
}
