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
                var from = RuleSwitch.On("NamedSideOwnsPlace") ? AfterOwnPlace(sides, runStart, k) : runStart;
                for (var m = from; m < k; m++)
                {
                    if (sides[m].Place is null && !sides[m].IsPlaceOnly && !UpperLevelHeads.Contains(tokens[sides[m].Start].Lower)
                        && !(RuleSwitch.On("NamedSideOwnsPlace") && EndsInProperName(tokens, sides[m])))
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

    /// <summary>
    /// The first side after the last one (before <paramref name="last"/>) that has a place of its own: a suffix does not
    /// reach over a located body ("Đồn X, Bộ đội Biên phòng tỉnh P và Công an huyện Q": Đồn X is not in Q).
    /// </summary>
    private static int AfterOwnPlace(IReadOnlyList<OrgMatch> sides, int runStart, int last)
    {
        for (var m = last - 1; m >= runStart; m--)
        {
            // "Phòng Tư pháp, Công an huyện và Tòa án nhân dân huyện X": a bare unit word names the same district, no other.
            if (sides[m].Place is { } own && !(own.IsBare && RuleSwitch.On("BarePlaceNoBarrier")))
            {
                return m + 1;
            }
        }
        return runStart;
    }

    /// <summary>
    /// A side named by a proper name of its own, two capitalised words after a lower-case descriptor word ("Trạm Kiểm soát
    /// liên hợp Cầu Mây", "Công ty Cổ phần Môi trường Đô thị Hà Lâm"): it is not a district's or commune's body, so
    /// the place after the next side is not its place. A country ("… Việt Nam") names no body.
    /// </summary>
    private static bool EndsInProperName(IReadOnlyList<Token> tokens, OrgMatch org)
    {
        var end = org.End;
        if (end - org.Start < 4)
        {
            return false;
        }
        var a = tokens[end - 2];
        var b = tokens[end - 1];
        var before = tokens[end - 3];
        return a.IsWord && b.IsWord && !a.IsAbbreviation && !b.IsAbbreviation && a.IsUpperInitial && b.IsUpperInitial
            && before.IsWord && !before.IsUpperInitial && CountryLexicon.Default.Match(tokens, end - 2) is null;
    }

    private static bool Adjacent(IReadOnlyList<Token> tokens, OrgMatch a, OrgMatch b) =>
        b.Start > a.End && b.Start - a.End <= 2 && Enumerable.Range(a.End, b.Start - a.End).All(x => Connectors.Contains(tokens[x].Lower));

    /// <summary>The last body's own district or commune ("… huyện Z"), or "trên địa bàn huyện X" right after it.</summary>
    private static (string Text, bool After)? PlaceAfter(IReadOnlyList<Token> tokens, OrgMatch last)
    {
        if (last.Place is { IsBare: false } own && own.Level is AdminLevel.District or AdminLevel.Commune && own.End == last.End)
        {
            return (TokenSpans.Words(tokens, own.Start, own.End), false);
        }
        var k = last.End;
        if (k + 3 < tokens.Count && tokens[k].Lower == "trên" && tokens[k + 1].Lower == "địa" && tokens[k + 2].Lower == "bàn"
            && AdminPhraseParser.Parse(tokens, k + 3, allowCapitalKeyword: false) is { IsBare: false } area)
        {
            return (TokenSpans.Words(tokens, area.Start, area.End), true);
        }
        return null;
    }
}
