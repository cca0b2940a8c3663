using System.Buffers;

namespace Extraction.Ingest.Text;

/// <summary>Drops C0/C1 control characters (binary or mis-declared input) while keeping tabs and line breaks.</summary>
public static class ControlCharacters
{
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Every page holds line breaks, so the search must skip them to leave the usual clean page uncopied.
        var first = text.AsSpan().IndexOfAny(Dropped);
        if (first < 0)
        {
            return text;
        }
        var sb = new System.Text.StringBuilder(text.Length);
        sb.Append(text.AsSpan(0, first));
        foreach (var c in text.AsSpan(first))
        {
            if (!Dropped.Contains(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static readonly SearchValues<char> Dropped = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(c => c is not ('\n' or '\r' or '\t') && (c < '\u0020' || c >= '\u007f'))]);
}
