using Extraction.Extract.Lexicons;
using Extraction.Extract.Text;

namespace Extraction.Extract.Places;

/// <summary>
/// "tỉnh Gyeonggi –do", "thành phố Suwon -si" (extract-gaps class 18): a foreign place name keeps the romanised unit suffix
/// a dash joins to it, even when a space stands before the dash. Only for names the admin-unit list does not know, and
/// only a single lower-case Latin syllable written against the dash and closing the phrase.
/// </summary>
internal static class ForeignPlaceSuffix
{
    /// <summary>The place with its suffix, or <paramref name="place"/> itself.</summary>
    public static AdminPhrase Extend(IReadOnlyList<Token> tokens, AdminPhrase place)
    {
        var dash = place.End;
        if (!RuleSwitch.On("ForeignPlaceSuffix") || place.IsBare || dash + 1 >= tokens.Count || tokens[dash].Text is not ("-" or "–"))
        {
            return place;
        }
        var suffix = tokens[dash + 1];
        var closes = dash + 2 >= tokens.Count || !tokens[dash + 2].IsWord;
        if (!suffix.IsWord || suffix.IsUpperInitial || suffix.Start != tokens[dash].End || !closes || !suffix.Text.All(char.IsAsciiLetterLower)
            || !Enumerable.Range(place.NameStart, place.NameEnd - place.NameStart).All(k => tokens[k].Text.All(char.IsAscii))
            || AdminUnitLexicon.Default.Find(string.Join(' ', Enumerable.Range(place.NameStart, place.NameEnd - place.NameStart).Select(k => tokens[k].Key))).Count > 0)
        {
            return place;
        }
        return place with { End = dash + 2, NameEnd = dash + 2 };
    }

    /// <summary>Whether token <paramref name="k"/> is the dash of such a suffix, the suffix the name's last token.</summary>
    public static bool IsSuffixDash(IReadOnlyList<Token> tokens, int k, int end) =>
        k + 2 == end && k > 0 && tokens[k].Text is "-" or "–" && tokens[k + 1].IsWord && !tokens[k + 1].IsUpperInitial
        && tokens[k + 1].Start == tokens[k].End && tokens[k + 1].Text.All(char.IsAsciiLetterLower) && tokens[k - 1].IsUpperInitial
        && RuleSwitch.On("ForeignPlaceSuffix");
}
