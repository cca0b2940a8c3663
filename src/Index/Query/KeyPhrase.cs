namespace Extraction.Index.Query;

/// <summary>A query term turned into search keys: the folded words always match; the exact words
/// (only when the user typed diacritics) add rank so exact spellings come first.</summary>
public sealed record KeyPhrase(QueryField Field, IReadOnlyList<string> Exact, IReadOnlyList<string> Folded)
{
    /// <summary>Words that may stand between the phrase's words (a name typed out loosely, "sở lao động thương binh xã hội").</summary>
    public int Slop { get; init; }

    public bool UseExact => !Exact.SequenceEqual(Folded, StringComparer.Ordinal);
}
