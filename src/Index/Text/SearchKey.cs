using System.Text.RegularExpressions;
using Extraction.Extract.Lexicons;
using Extraction.Ingest.Text;

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

    // The kernel tokenizer's policy for index and query words: what the analyzer's tokenizer and the query keys split by.
    private readonly TokenizerPolicy surface;

    // Text has a small vocabulary of syllables: keying each word once makes indexing cheap.
    private readonly BoundedCache<string, KeyToken[]> wordCache = new(CacheLimit, StringComparer.Ordinal);

    public SearchKey(AbbreviationLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        // "LĐ-TB&XH": a run of words joined by - & / is one word when the lexicon knows it as an abbreviation (up to six parts).
        surface = new TokenizerPolicy(joiners: "-&/", maxParts: 6, joinWhen: joined => AbbreviationOf(joined) is not null);
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
        foreach (var (start, end, _) in VietnameseTokenizer.Tokenize(nfc, surface))
        {
            var word = nfc[start..end];
            // A token holding a joiner is a joined abbreviation the lexicon knows ("LĐ-TB&XH"): its expansion, over its whole range.
            var keys = word.AsSpan().IndexOfAny(Joiners) >= 0 ? AbbreviationOf(string.Concat(word.Split(Joiners)))! : WordKeys(word);
            foreach (var t in keys)
            {
                result.Add(t with { Start = start, End = end });
            }
        }
        return result;
    }

    /// <summary>
    /// The words of a text with their ranges into <paramref name="into"/> (cleared first), a joined abbreviation
    /// ("LĐ-TB&amp;XH") as one word spanning its parts: what the analyzer keys, so index and query split text by one rule.
    /// </summary>
    public void SurfaceRuns(string text, List<TextRun> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        VietnameseTokenizer.Tokenize(text, 0, text.Length, surface, into);
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

    /// <summary>Words of a text (letters, digits and their combining marks) with their ranges: the kernel's rule (<see cref="Ingest.Text.VietnameseWords"/>).</summary>
    public static List<(string Word, int Start, int End)> Words(string text) => Ingest.Text.VietnameseWords.Ranges(text);

    /// <summary>Lower case, tone mark moved to a trailing digit (so its placement no longer matters; the kernel's tone
    /// model, <see cref="VietnameseTone.Split"/>), vowel marks (ă â ê ô ơ ư) and đ kept, lone "y" after a consonant written "i".</summary>
    public static string ExactWord(string word)
    {
        var (letters, tone) = VietnameseTone.Split(word);
        var key = NormaliseY(letters);
        return tone == '\0' ? key : key + tone;
    }

    /// <summary>Lower case, every diacritic off, đ → d, lone "y" after a consonant written "i".</summary>
    public static string FoldWord(string word) => NormaliseY(Ingest.Text.VietnameseFold.Fold(word));

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
