using System.Text.RegularExpressions;
using Extraction.Extract.Lexicons;
using Extraction.Extract.Model;

namespace Extraction.Extract.Kinds;

/// <summary>Period ("giai đoạn 2021 - 2025" → "2021-2025") and place of signing ("tại Hà Nội").</summary>
internal static partial class DetailFinder
{
    [GeneratedRegex(@"(?:" + PatternWords.PeriodWord + @")\s*(?:từ\s*)?(?:năm\s*)?(?<a>(?:19|20)\d{2})\s*(?:[-–]|đến)\s*(?:năm\s*)?(?<b>(?:19|20)\d{2})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"(?<![\p{L}])tại\s+(?<place>(?:" + PatternWords.LocationOpener + @"|[\p{Lu}\d])[^,.;()]{1,80})", RegexOptions.CultureInvariant)]
    private static partial Regex LocationPattern();

    // Words that open the clause after the place: "tại Hà Nội đã diễn ra …", "tại X, Y và Z ký kết".
    private static readonly string[] LocationStops = [" đã ", " diễn ra", " tổ chức", " ký ", " kí ", " và ", " vừa "];

    /// <summary>The period in <paramref name="sentence"/>, normalised ("2021-2025"), with the span of its phrase in the text.</summary>
    public static (string Value, TextSpan Span)? Period(string sentence, int offset)
    {
        var m = PeriodPattern().Match(sentence);
        return m.Success ? (m.Groups["a"].Value + "-" + m.Groups["b"].Value, new TextSpan(offset + m.Index, offset + m.Index + m.Length)) : null;
    }

    /// <summary>The place of signing after "tại", as written, with its span in the text.</summary>
    public static (string Value, TextSpan Span)? Location(string sentence, int offset)
    {
        var m = LocationPattern().Match(sentence);
        if (!m.Success)
        {
            return null;
        }
        var group = m.Groups["place"];
        var place = group.Value.TrimEnd();
        // Stop before the clause that follows the place ("tại Hà Nội đã diễn ra …").
        foreach (var stop in LocationStops)
        {
            var at = place.IndexOf(stop, StringComparison.Ordinal);
            if (at > 0)
            {
                place = place[..at];
            }
        }
        place = place.TrimEnd();
        var start = offset + group.Index;
        return place.Length > 0 ? (place, new TextSpan(start, start + place.Length)) : null;
    }
}
