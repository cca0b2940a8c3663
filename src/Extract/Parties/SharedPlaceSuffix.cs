using Extraction.Extract.Lexicons;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Parties;

/// <summary>
/// A place written once after a list of bodies belongs to each of them: "Viện Kiểm sát nhân dân và Tòa án nhân
/// dân huyện Z", "Công an, Tòa án, Viện Kiểm sát … trên địa bàn huyện X". The names stay as written; the
/// canonical names of the bodies without a place of their own get the place.
/// </summary>
internal static class SharedPlaceSuffix
{
    // Bodies of a province or the state that a district or commune after them does not locate.
    private static readonly HashSet<string> UpperLevelHeads = WordSetLexicon.Group("upper-level-head");

    private static readonly HashSet<string> Connectors = WordSetLexicon.Group("place-suffix-connector");

    /// <summary>For each entry of <paramref name="sides"/>, the place phrase it shares, or null.</summary>
    public static string?[] Find(IReadOnlyList<Token> tokens, IReadOnlyList<OrgMatch> sides)
    {
        var shared = new string?[sides.Count];
        var runStart = 0;
        for (var k = 0; k < sides.Count; k++)
        {
            var last = k + 1 == sides.Count || !Adjacent(tokens, sides[k], sides[k + 1]);
            if (!last)
            {
                continue;
            }
            if (k > runStart && PlaceAfter(tokens, sides[k]) is { } suffix)
            {
                for (var m = runStart; m < k; m++)
                {
                    if (sides[m].Place is null && !sides[m].IsPlaceOnly && !UpperLevelHeads.Contains(tokens[sides[m].Start].Lower))
                    {
                        shared[m] = suffix.Text;
                    }
                }
                // "… trên địa bàn huyện X": the last body takes it too.
                if (suffix.After && sides[k].Place is null && !UpperLevelHeads.Contains(tokens[sides[k].Start].Lower))
                {
                    shared[k] = suffix.Text;
                }
            }
            runStart = k + 1;
        }
        return shared;
    }

    private static bool Adjacent(IReadOnlyList<Token> tokens, OrgMatch a, OrgMatch b) =>
        b.Start > a.End && b.Start - a.End <= 2 && Enumerable.Range(a.End, b.Start - a.End).All(x => Connectors.Contains(tokens[x].Lower));

    /// <summary>The last body's own district or commune ("… huyện Z"), or "trên địa bàn huyện X" right after it.</summary>
    private static (string Text, bool After)? PlaceAfter(IReadOnlyList<Token> tokens, OrgMatch last)
    {
        if (last.Place is { IsBare: false } own && own.Level is AdminLevel.District or AdminLevel.Commune && own.End == last.End)
        {
            return (Words(tokens, own.Start, own.End), false);
        }
        var k = last.End;
        if (k + 3 < tokens.Count && tokens[k].Lower == "trên" && tokens[k + 1].Lower == "địa" && tokens[k + 2].Lower == "bàn"
            && AdminPhraseParser.Parse(tokens, k + 3, allowCapitalKeyword: false) is { IsBare: false } area)
        {
            return (Words(tokens, area.Start, area.End), true);
        }
        return null;
    }

    private static string Words(IReadOnlyList<Token> tokens, int from, int to) =>
        string.Join(' ', Enumerable.Range(from, to - from).Select(k => tokens[k].Text));
}
