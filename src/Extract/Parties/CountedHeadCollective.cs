using Extraction.Extract.Lexicons;
using Extraction.Extract.Text;

namespace Extraction.Extract.Parties;

/// <summary>
/// "Công an hai huyện biên giới đã ký …", "Hội Nông dân 3 xã vùng cao vừa ký …" (extract-gaps class 4): a head followed
/// by a count and lower-case words, standing right before the verb with no member listed, is one collective side named
/// by all those words; the grammar alone stops at the head or at the counted unit word.
/// </summary>
internal static class CountedHeadCollective
{
    private static readonly HashSet<string> Aspect = WordSetLexicon.Group("collective-aspect");

    private const int MaxWords = 5;

    /// <summary>The organisation grown over its count and descriptor words when they run into the verb; else unchanged.</summary>
    public static OrgMatch Extend(IReadOnlyList<Token> tokens, OrgMatch org)
    {
        var k = org.End;
        // The count stands after the name, or the grammar read "3 xã" into it as a bare place.
        var counted = k < tokens.Count && IsGroupCount(tokens[k]);
        if (counted)
        {
            k++;
        }
        else if (!(org.Place is { IsBare: true } p && p.End == org.End && p.Start > org.Start && IsGroupCount(tokens[p.Start - 1])))
        {
            return org;
        }
        var words = 0;
        while (k < tokens.Count && CountedReferBack.ReferringEnd(tokens, k) == k && words < MaxWords && tokens[k].IsWord && !tokens[k].IsUpperInitial && !Aspect.Contains(tokens[k].Lower)
            && tokens[k].Lower is not ("ký" or "gồm" or "là" or "và" or "với" or "tổ"))
        {
            k++;
            words++;
        }
        // "UBND 2 huyện nói trên đã ký": a group pointing back to members named before is theirs (CountedReferBack), no collective.
        if (k < tokens.Count && CountedReferBack.ReferringEnd(tokens, k) > k)
        {
            return org;
        }
        var verb = k < tokens.Count && tokens[k].IsWord && (Aspect.Contains(tokens[k].Lower) || tokens[k].Lower == "ký");
        return words > 0 && verb ? new OrgMatch(org.Start, k, org.Place) : org;
    }

    /// <summary>A count of a group: two or more, and not a figure of another kind.</summary>
    private static bool IsGroupCount(Token t) => NumberWords.Count(t) is >= 2 and <= 50;
}
