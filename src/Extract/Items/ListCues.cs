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
        if (OtherActivityLast(folded))
        {
            return false;
        }
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
        if (OtherActivityLast(folded))
        {
            return false;
        }
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

    /// <summary>Guests present, gifts handed over, results of the past period, an event to come (extract-gaps class 12).</summary>
    [GeneratedRegex(@"\b(?:" + PatternWords.OtherActivity + @")\b", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex OtherActivity();

    /// <summary>Contents, the document, or the signing or cooperation verb: the intro speaks of the agreement again.</summary>
    [GeneratedRegex(@"\b(?:" + PatternWords.ContentsAgain + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex ContentsAgain();

    /// <summary>"… hai bên đã:" closing the intro: what the sides have done, not what they agreed to do.</summary>
    [GeneratedRegex(@"\bda\s*:?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PastAspectEnd();

    /// <summary>
    /// The intro's last word about the event is about something else than the agreement ("Tham dự buổi lễ có:", "Ngoài
    /// ra, hai đơn vị còn trao tặng:", "Trong giai đoạn trước, hai bên đã:", "Ngày hội sắp tới sẽ có:"): the nearest cue to
    /// the list decides, so "kết quả … , hai bên thống nhất các nội dung:" still introduces contents.
    /// </summary>
    private static bool OtherActivityLast(string folded)
    {
        if (!RuleSwitch.On("OtherActivityList"))
        {
            return false;
        }
        if (PastAspectEnd().IsMatch(folded))
        {
            return true;
        }
        var other = OtherActivity().Match(folded);
        return other.Success && !ContentsAgain().IsMatch(folded, other.Index + other.Length);
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
