using Extraction.Extract.Text;

namespace Extraction.Extract.Lexicons;

/// <summary>
/// "Bộ Kế hoạch và Đầu tư", "các Bộ Tài chính và Kế hoạch và Đầu tư": a document word ("kế hoạch", "chương trình") written
/// capitalised right after a named body's head, or opening a ministry's field, is that body's field, not a document.
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
            if (tokens[start].IsUpperInitial && OrgHeadLexicon.Default.Match(tokens, start) is { Class: OrgHeadClass.Named } head && start + head.Words.Length == at)
            {
                return true;
            }
        }
        return false;
    }
}
