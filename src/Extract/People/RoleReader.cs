using System.Text.RegularExpressions;
using Extraction.Extract.Items;

namespace Extraction.Extract.People;

/// <summary>
/// The role of a person at the signing, read from their sentence: "signed" ("cùng ký kết", "đại diện … ký"),
/// "chaired" ("chủ trì"), "attended" ("dự", "tham dự", "chứng kiến"), else null. Vietnamese puts the verb
/// after its subject, so the first cue after the person decides ("chủ trì và thực hiện ký kết" is signed);
/// a person named after every cue ("Dự lễ ký kết có các đồng chí: …") takes the last cue before them.
/// </summary>
internal static class RoleReader
{
    public const string Signed = "signed";
    public const string Chaired = "chaired";
    public const string Attended = "attended";

    /// <summary>
    /// How far from a person their sentence is read for a cue: a signatory list of 17 names with titles is about 2,000
    /// characters; a crafted page of one endless sentence made every person read all of it (4,000 names in 200 KB, 2 s).
    /// </summary>
    private const int MaxCueDistance = 4_000;

    public static string? Read(string text, int start, int end, int anchor, int nameEnd)
    {
        var sentenceStart = SentenceStart(text, Math.Max(start, anchor - MaxCueDistance), anchor);
        var sentenceEnd = SentenceStop(text, nameEnd, Math.Min(end, nameEnd + MaxCueDistance));
        if (PersonCues.WitnessBefore().IsMatch(text[sentenceStart..anchor]))
        {
            return Attended;
        }
        var after = Cues(text, nameEnd, sentenceEnd);
        if (after.Count > 0)
        {
            return after[0].Role switch
            {
                Chaired when after.Skip(1).Any(c => c.Role == Signed) => Signed,
                var r => r,
            };
        }
        var before = Cues(text, sentenceStart, anchor);
        return before.Count > 0 ? before[^1].Role : null;
    }

    private static List<(int Index, string Role)> Cues(string text, int from, int to)
    {
        var cues = new List<(int, string)>();
        if (to <= from)
        {
            return cues;
        }
        var window = text[from..to];
        Collect(cues, PersonCues.Signed(), window, Signed);
        Collect(cues, PersonCues.Chaired(), window, Chaired);
        Collect(cues, PersonCues.Attended(), window, Attended);
        cues.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return cues;
    }

    private static void Collect(List<(int, string)> cues, Regex regex, string window, string role)
    {
        foreach (Match m in regex.Matches(window))
        {
            cues.Add((m.Index, role));
        }
    }

    private static int SentenceStart(string text, int start, int anchor)
    {
        for (var j = anchor - 1; j >= start; j--)
        {
            if (text[j] == '\n' || SentenceEnd.Length(text, j, anchor) > 0)
            {
                return j + 1;
            }
        }
        return start;
    }

    private static int SentenceStop(string text, int from, int end)
    {
        for (var j = from; j < end; j++)
        {
            if (text[j] == '\n' || SentenceEnd.Length(text, j, end) > 0)
            {
                return j;
            }
        }
        return end;
    }
}
