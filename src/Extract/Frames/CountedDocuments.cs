using Extraction.Extract.Parties;

namespace Extraction.Extract.Frames;

/// <summary>
/// "Hai bên đã ký 3 văn kiện hợp tác" (extract-gaps class 2): a signing sentence that counts its documents while the page
/// tells fewer of them apart gives one agreement per counted document, each between the same sides, as gold counts them
/// ("one entry per distinct agreement signed"). Runs after the sides are complete, so every copy has the final sides.
/// The agreements already told for the count are those framed from the same sentence (documents it lists, a split per
/// partner) and those between the same sides (documents later sentences name): only the shortfall is added.
/// </summary>
internal static class CountedDocuments
{
    /// <summary>Counts above this are of something else than the documents of one signing ("11 bản ghi nhớ trong 10 dự án").</summary>
    private const int MaxCounted = 10;

    public static void Complete(List<Frame> frames)
    {
        foreach (var f in frames.ToList())
        {
            var counted = f.FirstTextCandidate is { } first && first.TokensAtVerb() is { } tokens
                ? DocumentList.DocumentCount(tokens, first.Clause.VerbEndToken)
                : -1;
            // With more than two sides the page does not say which of them signed which document (TwoSidesCounted).
            if (counted is < 2 or > MaxCounted || (RuleSwitch.On("TwoSidesCounted") && f.Parties.Count > 2))
            {
                continue;
            }
            var sentences = f.Candidates.Where(c => !c.IsTitle).Select(c => c.SentenceIndex).ToHashSet();
            var told = frames.Count(g => g == f || g.Candidates.Any(c => !c.IsTitle && sentences.Contains(c.SentenceIndex)) || SameSides(g, f));
            var at = frames.IndexOf(f);
            // A page holds at most as many agreements as it reads signing sentences (FrameBuilder.MaxCandidates).
            for (var k = told; k < counted && frames.Count < FrameBuilder.MaxCandidates; k++)
            {
                frames.Insert(++at, f.Copy());
            }
        }
    }

    private static bool SameSides(Frame a, Frame b) =>
        a.Parties.Count > 0 && a.Parties.Count == b.Parties.Count && a.Parties.All(p => b.Parties.Any(q => PartySimilarity.Same(p, q)));
}
