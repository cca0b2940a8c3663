using Extraction.Index.Text;

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
    // Text has a small vocabulary of syllables; rare words (names, numbers) fall out with the older generation.
    private const int CacheLimit = 16_384;

    private readonly SearchKey keys;
    private readonly List<(int Start, int End)> ranges = [];
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
        keys.SurfaceRanges(text, ranges);
        foreach (var (start, end) in ranges)
        {
            var word = Lookup(text, start, end);
            for (var i = 0; i < word.Folded.Length; i++)
            {
                into.Add(word.Folded[i], word.Exact[i], start, end);
            }
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
        var words = keys.ExpansionWords(surface) is { Length: > 0 } expansion ? expansion : [surface];
        found = new WordKeys(Array.ConvertAll(words, SearchKey.FoldWord), Array.ConvertAll(words, SearchKey.ExactWord));
        Add(surface, found);
        return found;
    }

    private void Add(string surface, WordKeys wordKeys)
    {
        if (current.Count >= CacheLimit)
        {
            older = current;
            olderBySpan = currentBySpan;
            current = new Dictionary<string, WordKeys>(StringComparer.Ordinal);
            currentBySpan = current.GetAlternateLookup<ReadOnlySpan<char>>();
        }
        current[surface] = wordKeys;
    }

    private sealed record WordKeys(string[] Folded, string[] Exact);
}
