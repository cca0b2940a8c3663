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

    /// <summary>The other document: an agreement between the target's sides (and any the sentence names), on the target's day and at its place unless it says its own.</summary>
    public static Frame Twin(Frame target, Candidate c)
    {
        var twin = new Frame { Sibling = true };
        twin.Parties.AddRange(target.Parties);
        // The sentence's own sides join as they are: a fuller name there does not rename one of the target's (AddParty would).
        foreach (var p in c.Parties)
        {
            SideMentions.AddNew(twin.Parties, p);
        }
        twin.Absorb(c, addParties: false);
        // What the sentence does not say it shares with the first document: the day and the place.
        if (twin.Date is null)
        {
            (twin.Date, twin.DateSentence) = (target.Date, target.DateSentence);
        }
        if (twin.Location is null)
        {
            (twin.Location, twin.LocationSpan) = (target.Location, target.LocationSpan);
        }
        return twin;
    }
}
