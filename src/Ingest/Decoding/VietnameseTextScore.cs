using System.Buffers;

namespace Extraction.Ingest.Decoding;

/// <summary>
/// How Vietnamese a decoded text looks: every word with non-ASCII letters counts for (well-formed
/// syllable, frequent syllable) or against (mojibake, replacement chars) its decoding. ASCII-only
/// words look the same under every 8-bit decoding, so they are skipped without being examined.
/// </summary>
internal static class VietnameseTextScore
{
    private const int Valid = 1;
    private const int Frequent = 3;
    private const int Invalid = -2;
    private const int Broken = -3;

    private static readonly SearchValues<char> Ascii = SearchValues.Create(Enumerable.Range(0, 128).Select(i => (char)i).ToArray());

    public static int Score(string text)
    {
        var span = text.AsSpan();
        var score = 0;
        var pos = 0;
        while (pos < span.Length)
        {
            var rel = span[pos..].IndexOfAnyExcept(Ascii);
            if (rel < 0)
            {
                break;
            }
            var hit = pos + rel;
            if (IsSeparator(span[hit]))
            {
                pos = hit + 1;
                continue;
            }
            var start = hit;
            while (start > 0 && !IsSeparator(span[start - 1]))
            {
                start--;
            }
            var end = hit + 1;
            while (end < span.Length && !IsSeparator(span[end]))
            {
                end++;
            }
            score += ScoreWord(span[start..end]);
            pos = end;
        }
        return score;
    }

    private static int ScoreWord(ReadOnlySpan<char> word)
    {
        if (word.ContainsAnyInRange('\u0080', '\u009F') || word.Contains('\uFFFD'))
        {
            return Broken;
        }
        if (!VietnameseSyllable.IsValid(word))
        {
            return Invalid;
        }
        return CommonSyllables.Contains(word) ? Frequent : Valid;
    }

    // Separators never belong to a word in any decoding; Latin-1 symbols do (TCVN3 writes "á" as "¸").
    internal static bool IsSeparator(char c) =>
        c < '\u0080' ? !char.IsAsciiLetter(c) : char.IsWhiteSpace(c) || (c >= '\u2000' && c <= '\u206F');
}
