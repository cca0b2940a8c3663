using Extraction.Extract.Text;

namespace Extraction.Extract.Items;

/// <summary>Recognises the end of a sentence: ".", "…", "...", "./." followed by a capital, a line end or the text end.</summary>
internal static class SentenceEnd
{
    /// <summary>Length of the closing mark at <paramref name="pos"/>, or 0 when no sentence ends there.</summary>
    public static int Length(string text, int pos, int end)
    {
        var c = text[pos];
        if (c is not ('.' or '…'))
        {
            return 0;
        }
        if (c == '.' && IsAbbreviation(text, pos))
        {
            return 0;
        }
        var j = pos;
        while (j < end && text[j] is '.' or '…' or '/')
        {
            j++;
        }
        var k = j;
        while (k < end && text[k] is ' ' or '\t' or '\u00a0')
        {
            k++;
        }
        if (k >= end || text[k] is '\n' or '\r')
        {
            return j - pos;
        }
        // A space must separate the sentences, and the next one opens with a capital (or a quote or bracket).
        return k > j && (char.IsUpper(text[k]) || text[k] is '“' or '"' or '(') ? j - pos : 0;
    }

    /// <summary>"TP. Huế", "TS. Lê": the sentence splitter's abbreviations; "..." after a word is an ellipsis.</summary>
    private static bool IsAbbreviation(string text, int dot) =>
        SentenceSplitter.IsAbbreviationDot(text, 0, dot) && !(dot + 1 < text.Length && text[dot + 1] == '.');
}
