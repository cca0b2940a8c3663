using System.Text;

namespace Extraction.Ingest.Text;

/// <summary>The NFC step of every stage: NFC normalisation that skips the normaliser for text that is surely NFC already, and never throws.</summary>
public static class Nfc
{
    public static string Normalize(string text)
    {
        if (IsSurelyNfc(text))
        {
            return text;
        }
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Unpaired surrogates cannot be normalised; the text is still better than nothing.
            return text;
        }
    }

    /// <summary>
    /// A cheap sufficient test for NFC: text made only of chars that are NFC on their own and never combine with the
    /// char before them (Latin up to U+02FF, precomposed Vietnamese, punctuation, currency, arrows, box drawing, dingbats,
    /// private-use icons, variation selectors, Cyrillic letters, kana, CJK ideographs, Hangul syllables, emoji,
    /// mathematical letters) is already NFC, so the whole-page normalisation pass is skipped.
    /// Anything else (combining marks, conjoining jamo, compatibility ideographs ...) goes to the real normaliser.
    /// </summary>
    public static bool IsSurelyNfc(ReadOnlySpan<char> span)
    {
        var i = 0;
        while (i < span.Length)
        {
            var rel = span[i..].IndexOfAnyExceptInRange('\u0000', '\u02FF');
            if (rel < 0)
            {
                return true;
            }
            i += rel;
            var c = span[i];
            if (c is (>= '\uD83C' and <= '\uD83E') or '\uD835' && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                // Emoji planes (U+1F000-U+1FBFF) and mathematical letters (U+1D400-U+1D7FF) hold no decomposable or combining char.
                i += 2;
                continue;
            }
            if (c is not ((>= '\u1E00' and <= '\u1EFF') or (>= '\u2002' and <= '\u205E') or (>= '\u20A0' and <= '\u20C0')
                or '\u2122' or (>= '\u2190' and <= '\u21FF') or (>= '\u2500' and <= '\u27BF') or (>= '\uE000' and <= '\uF8FF')
                or (>= '\uFE00' and <= '\uFE0F') or '\uFEFF'
                or (>= '\u0400' and <= '\u0482') or (>= '\u048A' and <= '\u052F') or (>= '\u3040' and <= '\u3098')
                or (>= '\u309B' and <= '\u30FF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7A3')))
            {
                return false;
            }
            i++;
        }
        return true;
    }
}
