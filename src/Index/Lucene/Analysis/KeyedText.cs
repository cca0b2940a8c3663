namespace Extraction.Index.Lucene.Analysis;

/// <summary>
/// One text value keyed for the index: per position the folded key, the exact key and the [Start, End) range of
/// the word it came from (an abbreviation's words all carry its range). Keyed once by <see cref="TextKeyer"/> and
/// replayed for every field that indexes the text (folded, exact spelling, word pairs): before, each field ran
/// the whole analysis again, so an article body was analysed twice and an agreement's texts four times.
/// Reused: <see cref="TextKeyer.Key"/> overwrites it.
/// </summary>
internal sealed class KeyedText
{
    // What a reused instance keeps between texts: 8,192 words (arrays of 64 KB at most, under the large-object heap's
    // 85,000 bytes) hold any usual article; the arrays of a longer text are dropped once it is played (see Shrink).
    private const int KeptWords = 8_192;

    private const int FirstWords = 64;

    private string[] folded = new string[FirstWords];
    private string[] exact = new string[FirstWords];
    private int[] starts = new int[FirstWords];
    private int[] ends = new int[FirstWords];

    /// <summary>The keyed words (positions).</summary>
    public int Count { get; private set; }

    /// <summary>The text's length: the final offset.</summary>
    public int Length { get; private set; }

    public string Folded(int i) => folded[i];

    public string Exact(int i) => exact[i];

    public int Start(int i) => starts[i];

    public int End(int i) => ends[i];

    internal void Clear(int length)
    {
        // Drop the keys of a long text, so a pooled instance does not hold its strings.
        Array.Clear(folded, 0, Count);
        Array.Clear(exact, 0, Count);
        Count = 0;
        Length = length;
    }

    /// <summary>
    /// Drops the arrays grown for a text of more than <see cref="KeptWords"/> words. Kept, they sat on the large-object
    /// heap for the rest of the run: the few longest articles of a batch raised its peak by 2-3 MB, which a batch
    /// without them never paid (decisions, ingest memory and the longest articles).
    /// </summary>
    internal void Shrink()
    {
        if (folded.Length <= KeptWords)
        {
            return;
        }
        folded = new string[FirstWords];
        exact = new string[FirstWords];
        starts = new int[FirstWords];
        ends = new int[FirstWords];
        Count = 0;
    }

    internal void Add(string foldedKey, string exactKey, int start, int end)
    {
        if (Count == folded.Length)
        {
            var size = Count * 2;
            Array.Resize(ref folded, size);
            Array.Resize(ref exact, size);
            Array.Resize(ref starts, size);
            Array.Resize(ref ends, size);
        }
        folded[Count] = foldedKey;
        exact[Count] = exactKey;
        starts[Count] = start;
        ends[Count] = end;
        Count++;
    }
}
