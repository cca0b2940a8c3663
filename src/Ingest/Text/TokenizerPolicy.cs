namespace Extraction.Ingest.Text;

/// <summary>
/// What a stage asks of the one tokenizer (<see cref="VietnameseTokenizer"/>): which characters join the word runs they
/// stand between ("LĐ-TB&amp;XH", "05/07"), how many runs one token may span, whether a join must be known (the index joins
/// only abbreviations its lexicon has), whether punctuation is kept, and whether "TP." is cut off the front of a token.
/// </summary>
public sealed class TokenizerPolicy
{
    /// <param name="joiners">Characters that join two word runs when they stand alone between them.</param>
    /// <param name="maxParts">Word runs one token may span.</param>
    /// <param name="joinWhen">
    /// Null: every chain of joined runs is one token. Else called with the runs' characters run together, joiners left out
    /// ("LĐTBXH"), for each longer chain: the longest it accepts is one token; none, and the first run stands alone.
    /// </param>
    /// <param name="punctuation">Keep each character that is neither a word character nor white space as a token.</param>
    /// <param name="splitCityPrefix">Cut "TP." off a longer token ("TP.HCM", "TP.Hồ"): the city prefix is its own word.</param>
    public TokenizerPolicy(string joiners = "", int maxParts = 1, Func<string, bool>? joinWhen = null, bool punctuation = false, bool splitCityPrefix = false)
    {
        ArgumentNullException.ThrowIfNull(joiners);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxParts, 1);
        Joiners = joiners;
        MaxParts = joiners.Length == 0 ? 1 : maxParts;
        JoinWhen = joinWhen;
        Punctuation = punctuation;
        SplitCityPrefix = splitCityPrefix;
    }

    /// <summary>Word runs only, nothing joined, no punctuation: "LĐ-TB&amp;XH 05/07" is five words.</summary>
    public static TokenizerPolicy Words { get; } = new();

    public string Joiners { get; }

    public int MaxParts { get; }

    public Func<string, bool>? JoinWhen { get; }

    public bool Punctuation { get; }

    public bool SplitCityPrefix { get; }
}
