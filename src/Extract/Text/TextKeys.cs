namespace Extraction.Extract.Text;

/// <summary>Comparison keys for Vietnamese words: lower case, đ→d, diacritics off. Keys only, never shown.</summary>
internal static class TextKeys
{
    /// <summary>The folding every stage shares (<see cref="Ingest.Text.VietnameseFold"/>).</summary>
    public static string Fold(ReadOnlySpan<char> text) => Ingest.Text.VietnameseFold.Fold(text.ToString());

    /// <summary>Folded words of a phrase, punctuation dropped, "&amp;" read as "và".</summary>
    public static string[] FoldWords(string text) =>
        [.. Ingest.Text.VietnameseFold.Words(text.Replace("&", " và ", StringComparison.Ordinal))];

    /// <summary>Only the first letter upper case: a name word ("Nam", "Dược", "Y"), not "TNHH", "TP" or "tỉnh".</summary>
    public static bool IsCapitalisedWord(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsUpper(word[0]))
        {
            return false;
        }
        for (var k = 1; k < word.Length; k++)
        {
            if (char.IsUpper(word[k]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>All letters upper case and at least two of them: an abbreviation such as UBND, LĐ-TB&amp;XH.</summary>
    public static bool IsAbbreviation(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /// <summary>
    /// Lower case with diacritics kept and the old tone placement (Uỷ, Hoà) mapped to the new (Ủy, Hòa):
    /// the key for words whose marks matter ("ký" is not "kỳ", "Vụ" is not "Vũ"). The kernel's tone model renders it.
    /// </summary>
    public static string Lower(string text) => Ingest.Text.VietnameseTone.LowerNewPlacement(text);

    /// <summary>Lower-case keys of the words of a phrase.</summary>
    public static string[] LowerWords(string text) =>
        Lower(text).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
