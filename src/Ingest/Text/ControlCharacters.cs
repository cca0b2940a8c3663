namespace Extraction.Ingest.Text;

/// <summary>Drops C0/C1 control characters (binary or mis-declared input) while keeping tabs and line breaks.</summary>
public static class ControlCharacters
{
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAnyInRange('\u0000', '\u001f');
        var firstC1 = text.AsSpan().IndexOfAnyInRange('\u007f', '\u009f');
        if (first < 0 && firstC1 < 0)
        {
            return text;
        }
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\t' || !(c < '\u0020' || c is >= '\u007f' and <= '\u009f'))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
