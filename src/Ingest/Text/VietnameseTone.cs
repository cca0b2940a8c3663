using System.Text;

namespace Extraction.Ingest.Text;

/// <summary>
/// Where a Vietnamese word's tone is: each letter split once into its lower-case letter without the tone (vowel marks
/// ă â ê ô ơ ư and đ kept) and its tone (sắc 1, huyền 2, hỏi 3, ngã 4, nặng 5). Both keys that care about the tone are
/// rendered from this: the spelling key (<see cref="Split"/>: the tone taken off as a digit, so where it was placed no
/// longer matters) and the lower-case spelling with the tone where the new placement puts it (<see cref="LowerNewPlacement"/>).
/// </summary>
public static class VietnameseTone
{
    // Per char: the lower-case letter without its tone and the tone digit ('\0' none), for the Latin letters and the
    // precomposed Vietnamese ones (each one char in NFC and NFD-led by a letter, so a word splits char by char); NoEntry
    // outside, where the word goes through the normaliser as a whole.
    private const char NoEntry = '\uFFFF';
    private static readonly (char Letter, char Tone)[] Table = BuildTable();

    /// <summary>
    /// A word lower case, its tone marks taken off (NFC), and its tone as a digit ('1'-'5', the last one written), or
    /// '\0' for none: "Hoà", "hòa" and "HÒA" all give ("hoa", '2').
    /// </summary>
    public static (string Letters, char Tone) Split(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var tone = '\0';
        foreach (var c in word)
        {
            if (c >= Table.Length || Table[c].Letter == NoEntry)
            {
                return SplitSlowly(word);
            }
            tone = Table[c].Tone == '\0' ? tone : Table[c].Tone;
        }
        var letters = string.Create(word.Length, word, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Table[source[i]].Letter;
            }
        });
        return (letters, tone);
    }

    /// <summary>
    /// Lower case with every mark kept, and an open syllable spelled in the old placement, tone on a final a/e/y after o/u
    /// (hoà, khoẻ, thuỷ), respelled with the tone on the o/u (hòa, khỏe, thủy). Closed syllables are written alike in both
    /// placements ("đoàn", "toán"), so only a pair that ends a letter run moves.
    /// </summary>
    public static string LowerNewPlacement(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.ToLowerInvariant();
        char[]? moved = null;
        for (var end = 2; end <= lower.Length; end++)
        {
            if (lower[end - 2] is 'o' or 'u' && (end == lower.Length || !char.IsLetter(lower[end])) && OldPlacement(lower[end - 2], lower[end - 1], out var first, out var second))
            {
                moved ??= lower.ToCharArray();
                moved[end - 2] = first;
                moved[end - 1] = second;
            }
        }
        return moved is null ? lower : new string(moved);
    }

    /// <summary>An o/u followed by a toned a/e/y (oà, oé, uỷ): the pair respelled with the tone on the o/u.</summary>
    private static bool OldPlacement(char o, char toned, out char first, out char second)
    {
        first = second = '\0';
        if (o is not ('o' or 'u') || toned >= Table.Length)
        {
            return false;
        }
        var (letter, tone) = Table[toned];
        if (tone == '\0' || !(o == 'o' ? letter is 'a' or 'e' : letter == 'y'))
        {
            return false;
        }
        first = WithTone(o, tone);
        second = letter;
        return true;
    }

    private static char WithTone(char letter, char tone) => (letter + ToneMark(tone)).Normalize(NormalizationForm.FormC)[0];

    private static string ToneMark(char tone) => tone switch
    {
        '1' => "\u0301",
        '2' => "\u0300",
        '3' => "\u0309",
        '4' => "\u0303",
        _ => "\u0323",
    };

    private static char ToneDigit(char mark) => mark switch
    {
        '\u0301' => '1', // sắc
        '\u0300' => '2', // huyền
        '\u0309' => '3', // hỏi
        '\u0303' => '4', // ngã
        '\u0323' => '5', // nặng
        _ => '\0',
    };

    private static (string Letters, char Tone) SplitSlowly(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var tone = '\0';
        foreach (var c in decomposed)
        {
            var t = ToneDigit(c);
            if (t != '\0')
            {
                tone = t;
                continue;
            }
            sb.Append(c);
        }
        return (sb.ToString().Normalize(NormalizationForm.FormC), tone);
    }

    private static (char, char)[] BuildTable()
    {
        var table = new (char, char)[0x1F00];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = (NoEntry, '\0');
            if (c is >= 0x300 and < 0x1E00)
            {
                continue;
            }
            var (letters, tone) = SplitSlowly(((char)c).ToString());
            if (letters.Length == 1)
            {
                table[c] = (letters[0], tone);
            }
        }
        return table;
    }
}
