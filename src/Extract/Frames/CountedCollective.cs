using Extraction.Extract.Confidence;
using Extraction.Extract.Lexicons;
using Extraction.Extract.Parties;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>
/// A counted collective kept as named when no member is listed (extract-gaps class 4): "X tổ chức lễ ký kết …",
/// then "đại diện 6 hợp tác xã, doanh nghiệp cùng ký …". The collective ("6 hợp tác xã, doanh nghiệp") is the other side of an
/// agreement left with one. Only a written count of two or more, in lower-case words standing as the subject right
/// before the verb: "các đơn vị" (no count) and a collective whose members are named elsewhere stay out.
/// </summary>
internal static class CountedCollective
{
    private static readonly HashSet<string> Counts = WordSetLexicon.Group("collective-count");

    private static readonly HashSet<string> Aspect = WordSetLexicon.Group("collective-aspect");

    private const int MaxUnitTokens = 6;

    public static void Complete(List<Frame> frames, string text, List<Sentence> sentences)
    {
        foreach (var f in frames.Where(f => f.Parties.Count == 1))
        {
            foreach (var c in f.Candidates.Where(c => !c.IsTitle))
            {
                var s = sentences[c.SentenceIndex];
                var tokens = Tokenizer.Tokenize(text, s.Start, s.End);
                if (Subject(tokens, c.Clause.VerbToken) is var (from, to))
                {
                    var name = text[tokens[from].Start..tokens[to - 1].End];
                    f.Parties.Add(new PartyMention(name, name, tokens[from].Start, tokens[to - 1].End, Provenance.PartyCollective));
                    break;
                }
            }
        }
    }

    /// <summary>The token range of "N w … , w" standing as the subject right before <paramref name="verb"/>, after "đại diện"/"lãnh đạo" if any.</summary>
    private static (int From, int To)? Subject(List<Token> tokens, int verb)
    {
        var end = verb;
        while (end > 0 && tokens[end - 1].IsWord && Aspect.Contains(tokens[end - 1].Lower))
        {
            end--;
        }
        for (var start = end - 2; start >= 0 && start >= end - 1 - MaxUnitTokens; start--)
        {
            var t = tokens[start];
            var counted = (t.Kind == TokenKind.Number && int.TryParse(t.Text, out var n) && n >= 2 && n <= 50) || (t.IsWord && Counts.Contains(t.Lower));
            if (!counted)
            {
                continue;
            }
            // Lower-case words and commas only: "6 hợp tác xã, doanh nghiệp", not "3 Sở" nor "2 huyện Tân Phú".
            if (!Enumerable.Range(start + 1, end - start - 1).All(k => tokens[k].Text == "," || (tokens[k].IsWord && !tokens[k].IsUpperInitial))
                || tokens[end - 1].Text == ",")
            {
                return null;
            }
            // "hai đơn vị đã ký", "hai bên": a group of two that names both sides, the one already found among them, is no other side.
            if (RuleSwitch.On("BothSidesGroup") && end - start - 1 <= 2 && (t.Lower is "hai" || t.Text == "2")
                && EarlierActors.IsGroupNoun(tokens, start + 1))
            {
                return null;
            }
            var lead = start;
            if (lead >= 2 && tokens[lead - 2].Lower is "đại" or "lãnh" && tokens[lead - 1].Lower is "diện" or "đạo")
            {
                lead -= 2;
            }
            return lead == 0 || tokens[lead - 1].Text == "," ? (start, end) : null;
        }
        return null;
    }
}
