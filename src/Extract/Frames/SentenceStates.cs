using Extraction.Extract.Confidence;
using Extraction.Extract.Lexicons;
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
    private static readonly HashSet<string> Prepositions = WordSetLexicon.Group("preposition");

    public static void Complete(List<Frame> frames, ToldWithDay dated, string text, List<Sentence> sentences, ArticlePlace place)
    {
        foreach (var f in frames.Where(f => f.Parties.Count == 0 && (!RuleSwitch.On("SentenceStatesDated") || dated.Holds(f))))
        {
            // The first signing sentence that names two states is the one that tells who signed.
            foreach (var at in f.Candidates.Where(c => !c.IsTitle).Select(c => c.SentenceIndex).Distinct())
            {
                var tokens = Tokenizer.Tokenize(text, sentences[at].Start, sentences[at].End);
                var sides = new List<PartyMention>();
                foreach (var state in Signing(tokens))
                {
                    SideMentions.AddNew(sides, SideMentions.Of(text, tokens, state, place, Provenance.PartyPlaceOnly));
                }
                if (sides.Count >= 2)
                {
                    f.Parties.AddRange(sides);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The states of the sentence that may sign: not one in brackets ("tỉnh X (Lào)", where a body is), not one a witness
    /// cue comes before ("Trước sự chứng kiến của lãnh đạo A và B"), not one after a preposition ("sinh viên đến từ A và
    /// B", "tại A"); a state joined to the one before by "và", a comma or a dash shares its reading.
    /// </summary>
    private static IEnumerable<OrgMatch> Signing(List<Token> tokens)
    {
        OrgMatch? previous = null;
        var signs = false;
        foreach (var state in PairReference.Named(tokens, states: true))
        {
            var joined = previous is not null && state.Start == previous.End + 1
                && (tokens[previous.End].Text is "," or "-" or "–" || tokens[previous.End].Lower == "và");
            if (!joined)
            {
                var before = state.Start > 0 ? tokens[state.Start - 1] : null;
                signs = before?.Text != "(" && !(before is { IsWord: true } && Prepositions.Contains(before.Lower))
                    && !WitnessCues.In(tokens, 0, state.Start);
            }
            previous = state;
            if (signs)
            {
                yield return state;
            }
        }
    }
}
