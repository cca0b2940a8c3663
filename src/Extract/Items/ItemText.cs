namespace Extraction.Extract.Items;

/// <summary>Cuts an item's raw range down to its verbatim text: no surrounding blanks, no trailing ";" "." "," "…" "./.".</summary>
internal static class ItemText
{
    /// <summary>Returns the trimmed range, or null when nothing with a letter is left.</summary>
    public static (int Start, int End)? Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || IsItemMark(text[start])))
        {
            start++;
        }
        while (end > start && IsTrailing(text[end - 1]))
        {
            end--;
        }
        for (var i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return (start, end);
            }
        }
        return null;
    }

    /// <summary>A dash or bullet set before an item, left out of its text.</summary>
    public static bool IsItemMark(char c) => c is '-' or '–' or '+' or '•';

    // "./." is the closing mark of many portal articles; ":" closes an item that heads sub-points.
    private static bool IsTrailing(char c) =>
        char.IsWhiteSpace(c) || c is ';' or '.' or ',' or ':' or '…' or '/';
}
