using Extraction.Extract.Lexicons;

namespace Extraction.Extract.Frames;

/// <summary>
/// A later sentence that reports another document signed by the same sides (extract-gaps class 2): "A và B ký kết Thỏa
/// thuận hợp tác …. Cũng tại buổi lễ, hai bên đã ký Biên bản ghi nhớ …". It names no new side, so it used to join the
/// first agreement and its document was lost. With a word saying "also" before its verb and a kind other than the
/// agreement's, it is an agreement of its own between the same sides.
/// </summary>
internal static class AlsoSigned
{
    private static readonly PhraseLexicon<bool> AlsoWords = WordSetLexicon.Phrases("also-signed");

    /// <summary>Whether <paramref name="c"/>, about to join <paramref name="target"/>, tells another document instead.</summary>
    public static bool AnotherDocument(Frame target, Candidate c)
    {
        if (c.IsTitle || c.Kinds.Count == 0 || target.Kind is null || target.Parties.Count < 2 || c.Kinds[0].Mention.Plural
            || string.Equals(target.Kind, c.Kinds[0].Mention.Kind, StringComparison.Ordinal))
        {
            return false;
        }
        if (c.TokensAtVerb() is not { } tokens)
        {
            return false;
        }
        var verb = c.Clause.VerbToken;
        for (var k = 0; k < verb; k++)
        {
            if (AlsoWords.Match(tokens, k) is { } also && k + also.Length <= verb)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The other document: an agreement between the target's sides (and any the sentence names), on the target's day unless it says its own.</summary>
    public static Frame Twin(Frame target, Candidate c)
    {
        var twin = new Frame { Sibling = true };
        twin.Candidates.Add(c);
        twin.Parties.AddRange(target.Parties);
        foreach (var p in c.Parties.Where(p => !twin.Parties.Any(q => Parties.PartySimilarity.Same(p, q))))
        {
            twin.Parties.Add(p);
        }
        twin.Kind = c.Kinds[0].Mention.Kind;
        twin.KindSpan = c.Kinds[0].Span;
        twin.Subject = c.Subject;
        twin.SubjectSpan = c.SubjectSpan;
        (twin.Date, twin.DateSentence) = c.Date is not null ? (c.Date, c.DateSentence) : (target.Date, target.DateSentence);
        (twin.Period, twin.PeriodSpan) = (c.Period, c.PeriodSpan);
        (twin.Location, twin.LocationSpan) = (c.Location ?? target.Location, c.Location is null ? target.LocationSpan : c.LocationSpan);
        return twin;
    }
}
