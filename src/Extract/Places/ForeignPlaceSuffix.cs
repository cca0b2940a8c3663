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
}
