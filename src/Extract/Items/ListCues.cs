using System.Text.RegularExpressions;
using Extraction.Extract.Lexicons;
using Extraction.Ingest.Text;

namespace Extraction.Extract.Items;

/// <summary>
/// Decides whether the words that introduce a list announce the agreement's contents
/// ("gồm 06 nội dung chính:", "trên 9 lĩnh vực:", "các nhiệm vụ trọng tâm:") rather than
/// attendees ("có các đồng chí:"), member units or related headlines ("Tin liên quan").
/// </summary>
internal static partial class ListCues
{
    /// <summary>Nouns that name contents; matched on folded text.</summary>
    [GeneratedRegex(@"\b(?:" + PatternWords.ContentNoun + @"|chuong(?! trinh)|" + PatternWords.ContentNounAfterChuong + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex ContentNoun();

    /// <summary>Weaker cues: cooperation verbs, enough when the list itself is marked "(1)", "1.", "-".</summary>
    [GeneratedRegex(@"\b(?:" + PatternWords.CooperationVerb + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex CooperationVerb();

    /// <summary>Lists of people, guests or member units, and blocks of related headlines.</summary>
    [GeneratedRegex(@"\b(?:" + PatternWords.NotContents + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotContents();

    /// <summary>A counted or plural noun phrase: "06 nội dung", "các dự án", "nhiều giải pháp", "một số nội dung"; not spans of time ("trong 2 năm").</summary>
    [GeneratedRegex(@"\b(?:" + PatternWords.Quantifier + @"|\d+)\s+(?!(?:" + PatternWords.TimeUnit + @")\b)(?=\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Quantifier();

    /// <summary>
    /// Intro of a ";"-separated list after a colon: it needs a contents noun, at or after the last
    /// counted or plural noun phrase. So "gồm 06 nội dung chính:" and "9 cơ quan ... ký kết với nội dung:"
    /// introduce contents, while "Trong lĩnh vực X, ... thực hiện các dự án như:" lists projects.
    /// </summary>
    public static bool IntroducesContents(string intro)
    {
        var folded = VietnameseFold.Fold(intro);
        var from = 0;
        for (var m = Quantifier().Match(folded); m.Success; m = m.NextMatch())
        {
            from = m.Index + m.Length;
        }
        if (ContentNoun().IsMatch(folded, from))
        {
            return true;
        }
        // "Hai bên thống nhất phối hợp: A; B; C": a cooperation verb after any counted noun, and no people or units.
        return CooperationVerb().IsMatch(folded, from) && !NotContents().IsMatch(folded) && !UnitNoun().IsMatch(folded, from);
    }

    /// <summary>Member units and bodies: a list after them names organisations, not contents.</summary>
    [GeneratedRegex(@"\b(?:" + PatternWords.UnitNoun + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex UnitNoun();

    /// <summary>
    /// Intro of a marked list ("(1)", "1.", "-", "Thứ nhất"): its last sentence names contents, or it closes on a
    /// colon without people or headline words. A cooperation verb is enough only for markers inside the sentence
    /// ("Hai bên sẽ (1) … (2) …"), never for bullets, which also mark dialogue and link lists.
    /// </summary>
    public static bool IntroducesMarkedList(string intro, bool verbIsEnough)
    {
        var folded = VietnameseFold.Fold(LastSentence(intro));
        if (ContentNoun().IsMatch(folded))
        {
            return true;
        }
        if (NotContents().IsMatch(folded))
        {
            return false;
        }
        return folded.TrimEnd().EndsWith(':') || (verbIsEnough && CooperationVerb().IsMatch(folded));
    }

    private static string LastSentence(string intro)
    {
        var trimmed = intro.TrimEnd();
        for (var j = trimmed.Length - 2; j > 0; j--)
        {
            if (trimmed[j] is '.' or '?' or '!' && trimmed[j + 1] == ' ')
            {
                return trimmed[(j + 1)..];
            }
        }
        return trimmed;
    }

    /// <summary>Honorifics that open an entry of a list of people.</summary>
    [GeneratedRegex(@"^\s*(?:" + PatternWords.PersonOpening + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex PersonOpening();

    public static bool LooksLikePerson(string item) => PersonOpening().IsMatch(item);
}
