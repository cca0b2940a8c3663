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
        for (var start = Math.Max(0, at - MaxHeadWords); start < at; start++)
        {
            if (HeadEndsAt(tokens, start, at))
            {
                return true;
            }
        }
        return RuleSwitch.On("DashedField") && AfterDashedField(tokens, at);
    }

    private static bool HeadEndsAt(IReadOnlyList<Token> tokens, int start, int end) =>
        tokens[start].IsUpperInitial && OrgHeadLexicon.Default.Match(tokens, start) is { Class: OrgHeadClass.Named } head && start + head.Words.Length == end;

    /// <summary>Capitalised words a field joined by a dash may hold ("Tài chính - Kế hoạch", "Kinh tế - Hạ tầng").</summary>
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
            if (!tokens[fieldStart].IsUpperInitial)
            {
                continue;
            }
            for (var start = Math.Max(0, fieldStart - MaxHeadWords); start < fieldStart; start++)
            {
                if (HeadEndsAt(tokens, start, fieldStart))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
