using Extraction.Extract.Confidence;
using Extraction.Extract.Parties;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>
/// Sides the frame steps read from a sentence other than the signing one: a body scanned there becomes a side with its
/// span in the article's text, and a list of sides holds each body once. Kept here so the steps that look elsewhere
/// (earlier actors, the meeting before, "phía" sides, a signer's affiliation) build their sides one way.
/// </summary>
internal static class SideMentions
{
    /// <summary>The body <paramref name="org"/> of <paramref name="tokens"/> as a side, spanning its words in <paramref name="text"/>, read as <paramref name="source"/> says.</summary>
    public static PartyMention Of(string text, IReadOnlyList<Token> tokens, OrgMatch org, ArticlePlace place, Provenance source) =>
        new(text[tokens[org.Start].Start..tokens[org.End - 1].End], PartyCanonicalizer.Canonicalize(tokens, org, place),
            tokens[org.Start].Start, tokens[org.End - 1].End, source);

    /// <summary>Adds <paramref name="side"/> unless the list already holds the same body under another name.</summary>
    public static void AddNew(List<PartyMention> into, PartyMention side)
    {
        if (!into.Any(b => PartySimilarity.Same(b, side)))
        {
            into.Add(side);
        }
    }
}
