using System.Text.RegularExpressions;
using Extraction.Extract.Lexicons;

namespace Extraction.Extract.People;

/// <summary>The words around a name: honorifics before it, titles, the verbs that end a title and tell the role.</summary>
internal static partial class PersonCues
{
    /// <summary>An honorific or rank that ends right where a name starts ("đồng chí ", "Đại tá ", "PGS.TS ", "các ông: ").</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:" + PatternWords.HonorificBefore + @"|(?:p?gs\.?\s?)?tskh\.?|(?:p?gs\.?\s?)?ts\.?|p?gs\.?|ths\.?|bs\.?|bscki*\.?|kts?\.?|" + PatternWords.HonorificBeforeAbbreviation + @")(?:\s*:)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex HonorificBefore();

    /// <summary>The start of a title: office, membership or rank words.</summary>
    [GeneratedRegex(@"\G(?:(?:" + PatternWords.TitleFormer + @")\s+)?(?:(?:" + PatternWords.TitleDeputy + @")\s+)?(?:" + PatternWords.Title + @")(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TitleStart();

    /// <summary>Words that end a title: what the person did next, or the next person.</summary>
    [GeneratedRegex(@"\G\s+(?:" + PatternWords.TitleStop + @")(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TitleStop();

    /// <summary>"chứng kiến của", "sự tham dự của" just before a name: a witness, whatever the sentence says later.</summary>
    [GeneratedRegex(@"(?:" + PatternWords.WitnessVerb + @")(?:\s+của)?(?:\s+(?:các\s+)?(?:" + PatternWords.WitnessHonorific + @"))?\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex WitnessBefore();

    /// <summary>Signing as an act ("cùng ký kết", "đại diện hai bên ký"), not the name of an event ("lễ ký kết").</summary>
    [GeneratedRegex(@"(?<!(?:" + PatternWords.NotSigningBefore + @")\s+)(?<!\p{L})ký(?:\s+kết)?(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Signed();

    [GeneratedRegex(@"(?<!\p{L})(?:đồng )?chủ trì(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Chaired();

    [GeneratedRegex(@"(?<!\p{L})(?:dự(?!\s+(?:" + PatternWords.NotAttendedAfterDu + @"))|" + PatternWords.Attended + @")(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Attended();

    /// <summary>The next person starts here ("và đồng chí …", "và ông …"), so the title before it has ended.</summary>
    [GeneratedRegex(@"\G(?:các\s+)?(?:" + PatternWords.HonorificAhead + @")(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex HonorificAhead();

    [GeneratedRegex(@"(?<!\p{L})(?:" + PatternWords.PlaceWord + @")\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PlaceWordBefore();
}
