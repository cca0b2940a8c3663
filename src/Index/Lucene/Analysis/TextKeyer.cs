using Extraction.Index.Text;
using Extraction.Ingest.Text;

namespace Extraction.Index.Lucene.Analysis;

/// <summary>
/// Keys texts for the index by <see cref="SearchKey"/>'s rules: its surface words (a joined abbreviation whole),
/// an abbreviation the lexicon knows replaced by the words it stands for, one position each, every word folded
/// and spelled exactly. A word's keys are looked up by its characters in a cache of two generations (as
/// <see cref="BoundedCache{TKey, TValue}"/>, without its lock), so a known word costs one lookup and no string.
/// Not thread-safe: one per analyzer component or per index writer.
/// </summary>
internal sealed class TextKeyer
{
    // Text has a small vocabulary of syllables; rare words (names, numbers) fall out with the older generation. 8,192 per
    // generation holds the syllables of a news corpus in its usual spellings, and stays small (an ingest's memory is flat).
    private const int CacheLimit = 8_192;

    // Ranges of 8 bytes: 8,192 stay under the large-object heap's 85,000 bytes.
    private const int KeptRanges = 8_192;

    private readonly SearchKey keys;
    private readonly List<TextRun> ranges = [];
    private Dictionary<string, WordKeys> current = new(StringComparer.Ordinal);
    private Dictionary<string, WordKeys> older = new(StringComparer.Ordinal);
    private Dictionary<string, WordKeys>.AlternateLookup<ReadOnlySpan<char>> currentBySpan;
    private Dictionary<string, WordKeys>.AlternateLookup<ReadOnlySpan<char>> olderBySpan;

    public TextKeyer(SearchKey keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        this.keys = keys;
        currentBySpan = current.GetAlternateLookup<ReadOnlySpan<char>>();
        olderBySpan = older.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Keys <paramref name="text"/> into <paramref name="into"/>, overwriting what it held.</summary>
    public void Key(string text, KeyedText into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        into.Clear(text.Length);
        keys.SurfaceRuns(text, ranges);
        foreach (var (start, end, _) in ranges)
        {
            var word = Lookup(text, start, end);
            if (word.FoldedWords is null)
            {
                into.Add(word.Folded, word.Exact, start, end);
                continue;
            }
            for (var i = 0; i < word.FoldedWords.Length; i++)
            {
                into.Add(word.FoldedWords[i], word.ExactWords![i], start, end);
            }
        }
        // A long text's ranges are not kept for the next one (as KeyedText.Shrink).
        if (ranges.Capacity > KeptRanges)
        {
            ranges.Clear();
            ranges.Capacity = 64;
        }
    }

    private WordKeys Lookup(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        if (currentBySpan.TryGetValue(span, out var found))
        {
            return found;
        }
        if (olderBySpan.TryGetValue(span, out var key, out found))
        {
            older.Remove(key);
            Add(key, found);
            return found;
        }
        var surface = span.ToString();
        // An abbreviation stands for its words as written; each word is keyed as any other.
        if (keys.ExpansionWords(surface) is { Length: > 0 } expansion)
        {
            found = new WordKeys("", "", Array.ConvertAll(expansion, SearchKey.FoldWord), Array.ConvertAll(expansion, SearchKey.ExactWord));
        }
        else
        {
            // A word already in its key form (most lower-case syllables without marks) keeps one string for all three.
            var folded = SearchKey.FoldWord(surface);
            folded = folded == surface ? surface : folded;
            var exact = SearchKey.ExactWord(surface);
            exact = exact == folded ? folded : exact == surface ? surface : exact;
            found = new WordKeys(folded, exact, null, null);
        }
        Add(surface, found);
        return found;
    }

    private void Add(string surface, WordKeys wordKeys)
    {
        if (current.Count >= CacheLimit)
        {
            // The older generation's dictionary, emptied, becomes the new one: a new dictionary grew through
            // large-object arrays (its last resizes are over 85,000 bytes) at every roll, 17 times in 12,700 articles.
            var recycled = older;
            var recycledBySpan = olderBySpan;
            recycled.Clear();
            older = current;
            olderBySpan = currentBySpan;
            current = recycled;
            currentBySpan = recycledBySpan;
        }
        current[surface] = wordKeys;
    }

    /// <summary>A word's keys: one folded and one exact key, or for an abbreviation those of each word it stands for (kept in the dictionary's entries: no object per word).</summary>
    private readonly record struct WordKeys(string Folded, string Exact, string[]? FoldedWords, string[]? ExactWords);
}
