using System.Text;
using System.Text.RegularExpressions;

namespace Extraction.Ingest.Decoding;

/// <summary>
/// Tells whether a word is a well-formed Vietnamese syllable: known letters, at most one tone mark,
/// a sane case pattern, and initial + vowel nucleus + final in the language's phonotactics.
/// Mojibake ("ViÖt", "cña", "Vieät", "Viá»‡t") fails; so do most foreign words, which is fine for scoring.
/// </summary>
internal static partial class VietnameseSyllable
{
    private const int MaxLength = 7; // "nghiêng"
    private const int TableSize = 0x1F00;

    private const string Tones = "\u0300\u0301\u0303\u0309\u0323"; // huyền, sắc, ngã, hỏi, nặng
    private const byte Sac = 2;
    private const byte Nang = 5;

    // Indexed by char: the lower-case letter without its tone ('\0' = not a Vietnamese letter), and its tone (1-5, 0 = none).
    private static readonly char[] Toneless = new char[TableSize];
    private static readonly byte[] ToneOf = new byte[TableSize];

    static VietnameseSyllable()
    {
        foreach (var c in "bcdghklmnpqrstvxfjwzđ")
        {
            Toneless[c] = c;
            Toneless[char.ToUpperInvariant(c)] = c;
        }
        foreach (var vowel in "aăâeêioôơuưy")
        {
            Toneless[vowel] = vowel;
            Toneless[char.ToUpperInvariant(vowel)] = vowel;
            for (var t = 0; t < Tones.Length; t++)
            {
                var lower = string.Concat(vowel, Tones[t]).Normalize(NormalizationForm.FormC)[0];
                foreach (var toned in (ReadOnlySpan<char>)[lower, char.ToUpperInvariant(lower)])
                {
                    Toneless[toned] = vowel;
                    ToneOf[toned] = (byte)(t + 1);
                }
            }
        }
    }

    /// <summary>Whether <paramref name="word"/> (NFC, letters only) is a Vietnamese syllable.</summary>
    public static bool IsValid(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxLength)
        {
            return false;
        }
        Span<char> bare = stackalloc char[MaxLength];
        int tones = 0, uppers = 0;
        byte tone = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c >= TableSize || Toneless[c] == '\0')
            {
                return false;
            }
            bare[i] = Toneless[c];
            if (ToneOf[c] != 0)
            {
                tones++;
                tone = ToneOf[c];
            }
            uppers += char.IsUpper(c) ? 1 : 0;
        }
        var caseOk = uppers == 0 || uppers == word.Length || (uppers == 1 && char.IsUpper(word[0]));
        // A syllable closed by p, t, c or ch takes the rising or the heavy tone, nothing else.
        var stopped = bare[word.Length - 1] is 'p' or 't' or 'c' || (word.Length > 1 && bare[word.Length - 2] == 'c' && bare[word.Length - 1] == 'h');
        return tones <= 1 && caseOk && (!stopped || tone is Sac or Nang) && SpelledRight(bare[..word.Length]) && Shape().IsMatch(bare[..word.Length]);
    }

    // The spelling rules for /k/, /ɣ/ and /ŋ/: k, gh, ngh before i, e, ê (and k before y); c, g, ng elsewhere.
    private static bool SpelledRight(ReadOnlySpan<char> bare)
    {
        if (bare.Length < 2)
        {
            return true;
        }
        const string front = "ieêy";
        var (initial, next) = bare switch
        {
            ['n', 'g', 'h', var n, ..] => ("ngh", n),
            ['n', 'g', var n, ..] => ("ng", n),
            ['g', 'h', var n, ..] => ("gh", n),
            ['c', var n, ..] when n != 'h' => ("c", n),
            ['k', var n, ..] when n != 'h' => ("k", n),
            ['g', var n, ..] when n != 'i' => ("g", n),
            _ => ("", '\0'),
        };
        return initial switch
        {
            "ngh" or "gh" => front.Contains(next, StringComparison.Ordinal) && next != 'y',
            "k" => front.Contains(next, StringComparison.Ordinal),
            "c" or "ng" or "g" => !front.Contains(next, StringComparison.Ordinal) || (initial == "ng" && next == 'y'),
            _ => true,
        };
    }

    // Initial consonant, then a rhyme: an open nucleus (with its glide), or a nucleus with the finals
    // it can take (no "ếc" or "ăch": ê and i close with ch/nh, ă and â must close). On the toneless form.
    [GeneratedRegex(
        "^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?(?:"
        + "(?:iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oa|oe|oi|ôi|ơi|ua|ui|uê|uơ|uy|ưa|ưi|ưu|[aeêioôơuưy])"
        + "|(?:uyê|iê|yê|uô|ươ|oa|oă|oe|uâ|uy|[aăâeêioôơuưy])[mnpt]"
        + "|(?:iê|uô|ươ|oa|oă|oo|uâ|[aăâeoôuư])(?:ng|c)"
        + "|êng"
        + "|(?:oa|uê|uy|[aêi])(?:nh|ch)"
        + ")\\z",
        RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
