using Extraction.Extract.Parties;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>
/// A signing sentence that points back at a document already told (extract-gaps class 2, the reverse: one ceremony, many
/// signers, one agreement): "… lễ ký Thỏa thuận hợp tác giữa nước A và nước B. Thay mặt hai chính phủ, Thứ trưởng
/// Bộ X … và Thứ trưởng Bộ Y … đã ký kết thỏa thuận này." The kind followed by "này", "nói trên", "vừa nêu" is the same
/// agreement: the sentence joins it and adds no side to one that already has two (its names are the signers' offices).
/// </summary>
internal static class ThisDocument
{
    /// <summary>The agreement the candidate refers back to, or null when it names its document afresh.</summary>
    public static Frame? Target(List<Frame> frames, Candidate c)
    {
        if (c.IsTitle || c.Kinds.Count == 0 || c.Kinds[0].Mention.Plural)
        {
            return null;
        }
        var kind = c.Kinds[0].Mention;
        var told = frames.LastOrDefault(f => !f.Umbrella && !f.Sibling && f.Parties.Count >= 2 && f.Kind is { } k
            && (k.StartsWith(kind.Kind, StringComparison.OrdinalIgnoreCase) || kind.Kind.StartsWith(k, StringComparison.OrdinalIgnoreCase)));
        if (told is null)
        {
            return null;
        }
        var tokens = Tokenizer.Tokenize(c.SentenceText, 0, c.SentenceText.Length);
        var after = c.Kinds[0].Span.End - c.Evidence.Start;
        var at = tokens.FindIndex(t => t.Start >= after);
        if (at < 0)
        {
            return null;
        }
        var end = CountedReferBack.ReferringEnd(tokens, at);
        // Bare "trên" must close the phrase: "chương trình phối hợp trên địa bàn" is a place, not a reference.
        var closed = end >= tokens.Count || !tokens[end].IsWord;
        return end > at && (end - at > 1 || tokens[at].Lower == "này" || closed) ? told : null;
    }
}
