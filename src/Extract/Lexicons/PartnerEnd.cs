using Extraction.Extract.Text;

namespace Extraction.Extract.Lexicons;

/// <summary>
/// Words after "với" that open the purpose or the time rather than continue the partner's name ("về", "để", "nhằm",
/// "trong"), read from the `partner-end` word set: one list for the contract's partner and the kind named after it.
/// </summary>
internal static class PartnerEnd
{
    private static readonly HashSet<string> Words = WordSetLexicon.Group("partner-end");

    public static bool Is(Token t) => t.IsWord && Words.Contains(t.Lower);
}
