using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Extraction.Extract.Lexicons;

namespace Extraction.Index.Text;

/// <summary>
/// Turns Vietnamese text into the word keys both backends index and query, so that what an analyst
/// types finds what they mean: old/new tone placement (hoà/hòa, thuỷ/thủy) and i/y spellings (kí/ký)
/// give one key, diacritics and đ fold away in the folded key, and abbreviations (UBND, MTTQ, TP, …)
/// become the words of their expansion. Keys are for matching only; display text is never folded.
/// </summary>
public sealed partial class SearchKey
{
    // Per generation of the cache: the common syllables stay keyed, and an ingest's memory stays flat (with 500,000
    // words it kept the rare names and numbers of every article an ingest had seen).
    private const int CacheLimit = 16_384;

    private readonly Dictionary<string, KeyToken[]> abbreviations = new(StringComparer.Ordinal);

    // The expansion's words as written ("Ủy", "ban", …): what the analyzer's abbreviation filter emits.
    private readonly Dictionary<string, string[]> expansionWords = new(StringComparer.Ordinal);

    // The folded words of each expansion of two words or more, space-joined: a query that types one out means the name.
    private readonly HashSet<string> expansions = new(StringComparer.Ordinal);

    // Text has a small vocabulary of syllables: keying each word once makes indexing cheap.
    private readonly BoundedCache<string, KeyToken[]> wordCache = new(CacheLimit, StringComparer.Ordinal);

    public SearchKey(AbbreviationLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        foreach (var (abbreviation, expansion) in lexicon.Expansions)
        {
            var folded = FoldWord(Ingest.Text.Nfc.Normalize(abbreviation));
            var words = Words(Ingest.Text.Nfc.Normalize(expansion))
                .Select(w => new KeyToken(ExactWord(w.Word), FoldWord(w.Word), 0, 0))
                .ToArray();
            if (folded.Length >= 2 && words.Length > 0 && abbreviations.TryAdd(folded, words))
            {
                expansionWords[folded] = Words(Ingest.Text.Nfc.Normalize(expansion)).Select(w => w.Word).ToArray();
                if (words.Length >= 2)
                {
                    expansions.Add(string.Join(' ', words.Select(w => w.Folded)));
                    LongestExpansion = Math.Max(LongestExpansion, words.Length);
                }
            }
        }
    }

    public static SearchKey Default { get; } = new(AbbreviationLexicon.Default);

    /// <summary>The key tokens of a text, abbreviations expanded, in order.</summary>
    public List<KeyToken> Tokens(string? text)
    {
        var result = new List<KeyToken>();
        if (string.IsNullOrEmpty(text))
        {
            return result;
        }
        var nfc = Ingest.Text.Nfc.Normalize(text);
        // Offsets must point into the caller's text; NFC of NFC text is the same string.
        var found = new List<(int Start, int End)>();
        WordRanges(nfc, found);
        for (var i = 0; i < found.Count; i++)
        {
            var (start, end) = found[i];
            // "LĐ-TB&XH": a run of capitals joined by - & / is one abbreviation when the lexicon knows it.
            if (TryJoinedAbbreviation(nfc, found, i, out var joinedEnd, out var joined))
            {
                foreach (var t in joined)
                {
                    result.Add(t with { Start = start, End = found[joinedEnd].End });
                }
                i = joinedEnd;
                continue;
            }
            foreach (var t in WordKeys(nfc[start..end]))
            {
                result.Add(t with { Start = start, End = end });
            }
        }
        return result;
    }

    /// <summary>
    /// The words of a text with their ranges, a joined abbreviation ("LĐ-TB&amp;XH") as one word spanning its
    /// parts: what the analyzer's tokenizer emits, so index and query split text by one rule.
    /// </summary>
    public List<(string Word, int Start, int End)> SurfaceWords(string text)
    {
        var ranges = new List<(int Start, int End)>();
        SurfaceRanges(text, ranges);
        return ranges.ConvertAll(r => (text[r.Start..r.End], r.Start, r.End));
    }

    /// <summary>The ranges of <see cref="SurfaceWords"/>, into <paramref name="into"/> (cleared first), without a string per word.</summary>
    public void SurfaceRanges(string text, List<(int Start, int End)> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        WordRanges(text, into);
        var kept = 0;
        for (var i = 0; i < into.Count; i++)
        {
            var start = into[i].Start;
            if (TryJoinedAbbreviation(text, into, i, out var joinedEnd, out _))
            {
                into[kept++] = (start, into[joinedEnd].End);
                i = joinedEnd;
                continue;
            }
            into[kept++] = into[i];
        }
        into.RemoveRange(kept, into.Count - kept);
    }

    /// <summary>The words an abbreviation stands for, as written, or null for a word that is not one (see <see cref="AbbreviationOf"/>).</summary>
    public string[]? ExpansionWords(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var joined = word.IndexOfAny(Joiners) >= 0 ? string.Concat(word.Split(Joiners)) : word;
        return AbbreviationOf(joined) is null ? null : expansionWords[FoldWord(joined)];
    }

    private static readonly char[] Joiners = ['-', '&', '/'];

    /// <summary>Words in the longest expansion the lexicon has.</summary>
    public int LongestExpansion { get; }

    /// <summary>Whether these folded words spell out an abbreviation the lexicon knows ("uy ban nhan dan").</summary>
    public bool IsExpansion(IEnumerable<string> folded) => expansions.Contains(string.Join(' ', folded));

    /// <summary>The keys of one word (several for an abbreviation), cached.</summary>
    private KeyToken[] WordKeys(string word)
    {
        if (wordCache.TryGet(word, out var cached))
        {
            return cached;
        }
        var keys = AbbreviationOf(word) ?? [new KeyToken(ExactWord(word), FoldWord(word), 0, 0)];
        wordCache.Add(word, keys);
        return keys;
    }

    /// <summary>Space-joined exact keys of a text (what the exact columns index).</summary>
    public static string ExactText(IEnumerable<KeyToken> tokens) => string.Join(' ', tokens.Select(t => t.Exact));

    /// <summary>Space-joined folded keys of a text (what the folded columns index).</summary>
    public static string FoldedText(IEnumerable<KeyToken> tokens) => string.Join(' ', tokens.Select(t => t.Folded));

    /// <summary>The expansion when a word is an abbreviation the lexicon knows: written in capitals,
    /// or spelled so that it cannot be a Vietnamese syllable (so "ca" never turns into "Công an").</summary>
    private KeyToken[]? AbbreviationOf(string word)
    {
        if (word.Length < 2)
        {
            return null;
        }
        var folded = FoldWord(word);
        if (!abbreviations.TryGetValue(folded, out var expansion))
        {
            return null;
        }
        var capitals = word.All(c => !char.IsLetter(c) || char.IsUpper(c));
        return capitals || !Syllable().IsMatch(folded) ? expansion : null;
    }

    private bool TryJoinedAbbreviation(string text, List<(int Start, int End)> words, int i, out int last, out KeyToken[] expansion)
    {
        last = i;
        expansion = [];
        if (i + 1 >= words.Count || words[i + 1].Start - words[i].End != 1 || text[words[i].End] is not ('-' or '&' or '/'))
        {
            return false;
        }
        var sb = new StringBuilder().Append(text, words[i].Start, words[i].End - words[i].Start);
        var found = -1;
        KeyToken[]? best = null;
        for (var j = i + 1; j < words.Count && j < i + 6; j++)
        {
            var gap = text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End);
            if (gap.Length != 1 || gap[0] is not ('-' or '&' or '/'))
            {
                break;
            }
            sb.Append(text, words[j].Start, words[j].End - words[j].Start);
            if (AbbreviationOf(sb.ToString()) is KeyToken[] e)
            {
                found = j;
                best = e;
            }
        }
        if (best is null)
        {
            return false;
        }
        last = found;
        expansion = best;
        return true;
    }

    /// <summary>Words of a text (letters, digits and their combining marks) with their ranges: the kernel's rule (<see cref="Ingest.Text.VietnameseWords"/>).</summary>
    public static List<(string Word, int Start, int End)> Words(string text) => Ingest.Text.VietnameseWords.Ranges(text);

    /// <summary>The ranges of <see cref="Words"/>, into <paramref name="into"/> (cleared first), without a string per word.</summary>
    private static void WordRanges(string text, List<(int Start, int End)> into)
    {
        into.Clear();
        var i = 0;
        while (i < text.Length)
        {
            if (!Ingest.Text.VietnameseWords.IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && Ingest.Text.VietnameseWords.IsWordChar(text[i]))
            {
                i++;
            }
            into.Add((start, i));
        }
    }

    /// <summary>Lower case, tone mark moved to a trailing digit (so its placement no longer matters),
    /// vowel marks (ă â ê ô ơ ư) and đ kept, lone "y" after a consonant written "i".</summary>
    public static string ExactWord(string word)
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
        var key = NormaliseY(sb.ToString().Normalize(NormalizationForm.FormC));
        return tone == '\0' ? key : key + tone;
    }

    /// <summary>Lower case, every diacritic off, đ → d, lone "y" after a consonant written "i".</summary>
    public static string FoldWord(string word) => NormaliseY(Ingest.Text.VietnameseFold.Fold(word));

    private static char ToneDigit(char c) => c switch
    {
        '\u0301' => '1', // sắc
        '\u0300' => '2', // huyền
        '\u0309' => '3', // hỏi
        '\u0303' => '4', // ngã
        '\u0323' => '5', // nặng
        _ => '\0',
    };

    /// <summary>"ký"/"kí", "lý"/"lí", "quý"/"quí": a lone final y after the onset is the same sound as i.</summary>
    private static string NormaliseY(string key)
    {
        if (key.Length < 2 || key[^1] != 'y')
        {
            return key;
        }
        var onset = key.AsSpan(0, key.Length - 1);
        if (onset.SequenceEqual("qu") || onset.IndexOfAny(Vowels) < 0)
        {
            return string.Concat(onset, "i");
        }
        return key;
    }

    private const string Vowels = "aăâeêioôơuưy";

    [GeneratedRegex("^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?[0-9]?$", RegexOptions.CultureInvariant)]
    private static partial Regex Syllable();
}
