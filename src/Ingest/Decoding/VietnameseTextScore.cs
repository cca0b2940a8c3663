using System.Buffers;

namespace Extraction.Ingest.Decoding;

/// <summary>
/// How Vietnamese a decoded text looks: every word with non-ASCII letters counts for (well-formed
/// syllable, frequent syllable) or against (mojibake, replacement chars) its decoding. ASCII-only
/// words look the same under every 8-bit decoding, so they are skipped without being examined.
/// </summary>
internal static class VietnameseTextScore
{
    private static readonly SearchValues<char> Ascii = SearchValues.Create(Enumerable.Range(0, 128).Select(i => (char)i).ToArray());

    /// <param name="text">NFC text.</param>
    /// <param name="maxWords">Stop after this many scored words: a few hundred decide as well as all.</param>
    public static VietnameseEvidence Score(string text, int maxWords = int.MaxValue)
    {
        var span = text.AsSpan();
        int valid = 0, frequent = 0, invalid = 0, broken = 0;
        var pos = 0;
        while (pos < span.Length && valid + frequent + invalid + broken < maxWords)
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
            var word = span[start..end];
            if (word.ContainsAnyInRange('\u0080', '\u009F') || word.Contains('\uFFFD'))
            {
                broken++;
            }
            else if (!VietnameseSyllable.IsValid(word))
            {
                invalid++;
            }
            else if (CommonSyllables.Contains(word))
            {
                frequent++;
            }
            else if (word.Length > 1)
            {
                // A lone letter proves nothing: any stray symbol reads as one in some legacy table.
                valid++;
            }
            pos = end;
        }
        return new VietnameseEvidence(valid, frequent, invalid, broken);
    }

    // Separators never belong to a word in any decoding; Latin-1 symbols do (TCVN3 writes "á" as "¸").
    internal static bool IsSeparator(char c) =>
        c < '\u0080' ? !char.IsAsciiLetter(c) : char.IsWhiteSpace(c) || (c >= '\u2000' && c <= '\u206F');
}
