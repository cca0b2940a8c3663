namespace Extraction.Ingest.Text;

/// <summary>
/// Replaces unpaired UTF-16 surrogates with U+FFFD. A character reference such as <c>&amp;#xD800;</c> decodes
/// to one, and a lone surrogate makes normalisation (and UTF-8 output) throw, failing the whole page over
/// one meaningless character.
/// </summary>
internal static class LoneSurrogates
{
    public static string Replace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstLone(text);
        if (first < 0)
        {
            return text;
        }
        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }
        return new string(chars);
    }

    private static int FirstLone(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0 && i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }
        return -1;
    }
}
