namespace Extraction.Extract.Items;

/// <summary>Cuts an item's raw range down to its verbatim text: no surrounding blanks, no trailing ";" "." "," "…" "./.".</summary>
internal static class ItemText
{
    /// <summary>Returns the trimmed range, or null when nothing with a letter is left.</summary>
    public static (int Start, int End)? Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '-' or '–' or '+' or '•'))
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

    // "./." is the closing mark of many portal articles; ":" closes an item that heads sub-points.
    private static bool IsTrailing(char c) =>
        char.IsWhiteSpace(c) || c is ';' or '.' or ',' or ':' or '…' or '/';
}
