using Extraction.Extract.Text;

namespace Extraction.Extract.Lexicons;

/// <summary>
/// Words that count documents between a number and the kind ("3 bản thỏa thuận", "hai văn bản"), read from the
/// `document-unit` word set: one list for the detection of contracts and for the framing of counted documents.
/// </summary>
internal static class DocumentUnits
{
    private static readonly HashSet<string> Words = WordSetLexicon.Group("document-unit");

    public static bool Is(Token t) => t.IsWord && Words.Contains(t.Lower);
}
