using Extraction.Ingest.Text;

namespace Extraction.Extract.Items;

/// <summary>Line helpers over the cleaned text, where a line is a paragraph.</summary>
internal static class TextLines
{
    public static int LineStart(string text, int pos)
    {
        var i = text.LastIndexOf('\n', Math.Max(0, pos - 1));
        return pos == 0 ? 0 : i + 1;
    }

    public static int LineEnd(string text, int pos, int limit)
    {
        var i = text.IndexOf('\n', pos, limit - pos);
        return i < 0 ? limit : i;
    }

    public static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The nearest non-blank line ending before <paramref name="lineStart"/>, or an empty string. A photo caption is
    /// passed over: pages put the picture of the ceremony between a list's intro and the list.
    /// </summary>
    public static string PreviousLine(string text, int lineStart)
    {
        var end = lineStart - 1;
        while (end > 0)
        {
            var start = LineStart(text, end);
            if (!IsBlank(text, start, end))
            {
                var line = text[start..end];
                if (!RuleSwitch.On("CaptionBeforeList") || !PhotoCaption.IsCaption(line))
                {
                    return line;
                }
            }
            end = start - 1;
        }
        return string.Empty;
    }

    /// <summary>Start of the next non-blank line after <paramref name="pos"/> (which is at or before a line end), or -1.</summary>
    public static int NextNonBlankLine(string text, int pos, int limit)
    {
        var i = pos;
        while (i < limit)
        {
            var end = LineEnd(text, i, limit);
            if (!IsBlank(text, i, end))
            {
                return i;
            }
            i = end + 1;
        }
        return -1;
    }
}
