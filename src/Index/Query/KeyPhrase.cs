namespace Extraction.Index.Query;

/// <summary>A query term turned into search keys: the folded words always match; the exact words
/// (only when the user typed diacritics) add rank so exact spellings come first.</summary>
public sealed record KeyPhrase(QueryField Field, IReadOnlyList<string> Exact, IReadOnlyList<string> Folded)
{
    public bool UseExact => !Exact.SequenceEqual(Folded, StringComparer.Ordinal);
}
