using System.Globalization;

namespace Extraction.Ingest.Text;

/// <summary>
/// What a word is, for every stage: letters, digits and the combining marks written on them (a decomposed
/// "ệ" stays one word). the one tokenizer (<see cref="VietnameseTokenizer"/>) scans by this rule.
/// </summary>
public static class VietnameseWords
{
    // ASCII first: most characters of a Vietnamese text are ASCII letters and spaces, and no ASCII character is a mark.
    public static bool IsWordChar(char c) => char.IsAscii(c)
        ? char.IsAsciiLetterOrDigit(c)
        : char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>The words of a text (runs of <see cref="IsWordChar"/>) with their [Start, End) ranges.</summary>
    public static List<(string Word, int Start, int End)> Ranges(string text) =>
        VietnameseTokenizer.Tokenize(text, TokenizerPolicy.Words).ConvertAll(r => (text[r.Start..r.End], r.Start, r.End));
}
