using Extraction.Extract.Parties;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>Completes agreements whose signing sentences name fewer than two sides.</summary>
internal static class SideCompleter
{
    /// <summary>How many sentences before the signing one may name the sides of an agreement signed anew.</summary>
    private const int BetweenLookBack = 2;

    public static void Complete(List<Frame> frames, string? title, string text, List<Sentence> sentences, ArticlePlace place)
    {
        if (!string.IsNullOrEmpty(title) && frames.Any(f => f.Parties.Count < 2))
        {
            // The headline names the sides the signing sentence leaves out ("hai bên đã ký kết").
            var sides = PartyFinder.HeadlineSides(title, place).Select(p => p.MapTo(text)).ToList();
            foreach (var f in frames.Where(f => f.Parties.Count < 2))
            {
                if (f.Parties.Count == 0 || sides.Any(s => PartySimilarity.Same(s, f.Parties[0])))
                {
                    f.Parties.AddRange(sides.Where(s => !f.Parties.Any(p => PartySimilarity.Same(p, s))));
                }
            }
        }
        foreach (var f in frames.Where(f => f.Parties.Count == 0 && f.FirstTextCandidate is not null))
        {
            // "… quy chế phối hợp giữa A, B, C … Đồng thời, Liên ngành tỉnh tổ chức lễ ký kết quy chế mới":
            // the sides of the agreement the sentence just before names.
            var at = f.FirstTextCandidate!.SentenceIndex;
            for (var k = at - 1; k >= 0 && k >= at - BetweenLookBack && f.Parties.Count == 0; k--)
            {
                var s = sentences[k];
                f.Parties.AddRange(PartyFinder.BetweenSides(text, Tokenizer.Tokenize(text, s.Start, s.End), place));
            }
        }
    }
}
