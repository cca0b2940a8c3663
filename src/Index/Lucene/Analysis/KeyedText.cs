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
    private string[] folded = new string[64];
    private string[] exact = new string[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];

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
