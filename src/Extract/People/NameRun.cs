using Extraction.Extract.Lexicons;

namespace Extraction.Extract.People;

/// <summary>
/// Runs of capitalised syllables joined by single spaces ("Nguyễn Văn Triết"): the candidates for a name.
/// Office and organisation words ("Ủy", "Chủ", "Sở", "Ban") and honorifics are never part of a name.
/// </summary>
internal static class NameRun
{
    private static readonly HashSet<string> NotName = NameCueLexicon.Group("not-name");

    /// <summary>The syllables of the run that starts at <paramref name="pos"/>, or an empty list.</summary>
    public static List<(int Start, int End)> At(string text, int pos, int end)
    {
        var syllables = new List<(int, int)>();
        var i = pos;
        while (i < end)
        {
            var s = i;
            if (!char.IsUpper(text[s]))
            {
                break;
            }
            var e = s + 1;
            while (e < end && (char.IsLower(text[e]) || char.GetUnicodeCategory(text[e]) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                e++;
            }
            if (e < end && char.IsLetterOrDigit(text[e]))
            {
                break; // "UBND", "MTTQ", "TP": capitals inside a word are not a name.
            }
            var word = text[s..e];
            if (e - s > 7 || NotName.Contains(word))
            {
                break;
            }
            syllables.Add((s, e));
            if (e + 1 < end && text[e] is ' ' or '\u00a0' && char.IsUpper(text[e + 1]))
            {
                i = e + 1;
                continue;
            }
            break;
        }
        return syllables;
    }
}
