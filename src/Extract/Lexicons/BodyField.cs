using Extraction.Extract.Text;

namespace Extraction.Extract.Lexicons;

/// <summary>
/// "Bộ Kế hoạch và Đầu tư", "các Bộ Tài chính và Kế hoạch và Đầu tư": a document word ("kế hoạch", "chương trình") written
/// capitalised right after a named body's head, or opening a ministry's field, is that body's field, not a document.
/// The same word as the second of two fields joined by a dash ("Phòng Tài chính - Kế hoạch") is one too (`DashedField`).
/// Detection and the kind reading both ask it (`KindInName`).
/// </summary>
internal static class BodyField
{
    private const int MaxHeadWords = 3;

    public static bool At(IReadOnlyList<Token> tokens, int at)
    {
        if (!RuleSwitch.On("KindInName") || !tokens[at].IsUpperInitial)
        {
            return false;
        }
        if (StateFields.Length(tokens, at) > 0)
        {
            return true;
        }
        return NamedHeadEndsAt(tokens, at) || (RuleSwitch.On("DashedField") && AfterDashedField(tokens, at));
    }

    /// <summary>Whether a named body's head ("Bộ", "Phòng", "Ủy ban") ends right before token <paramref name="end"/>.</summary>
    private static bool NamedHeadEndsAt(IReadOnlyList<Token> tokens, int end)
    {
        for (var start = Math.Max(0, end - MaxHeadWords); start < end; start++)
        {
            if (tokens[start].IsUpperInitial && OrgHeadLexicon.Default.Match(tokens, start) is { Class: OrgHeadClass.Named } head
                && start + head.Words.Length == end)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words a field joined by a dash may hold before it ("Tài chính - Kế hoạch", "Kinh tế - Hạ tầng").</summary>
    private const int MaxFieldWords = 4;

    /// <summary>
    /// "Phòng Tài chính - Kế hoạch": the document word is the second of two fields joined by a dash, the first right after a
    /// named body's head.
    /// </summary>
    private static bool AfterDashedField(IReadOnlyList<Token> tokens, int at)
    {
        if (at < 2 || tokens[at - 1].Text is not ("-" or "–"))
        {
            return false;
        }
        var fieldStart = at - 1;
        while (fieldStart > 0 && at - 1 - fieldStart < MaxFieldWords && tokens[fieldStart - 1].IsWord)
        {
            fieldStart--;
            if (tokens[fieldStart].IsUpperInitial && NamedHeadEndsAt(tokens, fieldStart))
            {
                return true;
            }
        }
        return false;
    }
}
