using System.Text.RegularExpressions;
using Extraction.Ingest.Text;

namespace Extraction.Extract.Items;

/// <summary>
/// A contents sentence without ";": "… tập trung vào 4 nội dung: A, B, C và D." Commas also separate words inside
/// one item and "và" joins words inside one ("chia sẻ thông tin và kinh nghiệm"), so the sentence is split only when
/// the count the intro states confirms the split; an uncounted comma sentence stays prose.
/// </summary>
internal static partial class CommaList
{
    /// <summary>Longest part, in words: a longer one is running prose, not a list entry.</summary>
    private const int MaxWords = 15;

    /// <summary>A stated count right before a contents noun: "4 nội dung", "ba lĩnh vực".</summary>
    [GeneratedRegex(@"\b(\d{1,2}|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi)\s+(?:noi dung|linh vuc|nhiem vu|giai phap|nhom|van de|muc tieu|hoat dong)\b", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex StatedCount();

    public static ItemList? Split(string text, int afterColon, int from, int to, string intro)
    {
        var parts = new List<(int Start, int End)>();
        var start = from;
        for (var j = from; j < to; j++)
        {
            if (text[j] == ',')
            {
                parts.Add((start, j));
                start = j + 1;
            }
        }
        if (parts.Count == 0)
        {
            return null;
        }
        // The last part holds the last two entries joined by "và".
        var and = text.LastIndexOf(" và ", to - 1, to - start, StringComparison.Ordinal);
        if (and > start)
        {
            parts.Add((start, and));
            parts.Add((and + 4, to));
        }
        else
        {
            parts.Add((start, to));
        }
        var words = parts.Select(p => Words(text, p.Start, p.End)).ToList();
        if (words.Any(w => w is 0 or > MaxWords))
        {
            return null;
        }
        var count = StatedCount().Match(VietnameseFold.Fold(intro));
        return count.Success && Number(count.Groups[1].Value) == parts.Count ? new ItemList(afterColon, to, parts) : null;
    }

    private static int Words(string text, int start, int end) =>
        text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static int Number(string word) => word switch
    {
        "hai" => 2,
        "ba" => 3,
        "bon" or "tu" => 4,
        "nam" => 5,
        "sau" => 6,
        "bay" => 7,
        "tam" => 8,
        "chin" => 9,
        "muoi" => 10,
        _ => int.Parse(word, System.Globalization.CultureInfo.InvariantCulture),
    };
}
