using Extraction.Index.Indexing;

namespace Extraction.Index.Lucene;

/// <summary>
/// What a store of record tells its search index: which sources changed after a sequence number, and
/// the rows a source has now. Each write bumps a source's sequence in the same transaction as the write,
/// so an index that records the last sequence it applied can always catch up, whatever crashed when.
/// </summary>
internal interface IIndexFeed
{
    /// <summary>Identifies the store: an index built from another store (or an emptied one) is rebuilt.</summary>
    string StoreId { get; }

    /// <summary>The sources changed after <paramref name="sequence"/>, oldest first, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<(long Sequence, string Source)> ChangesAfter(long sequence, int limit);

    /// <summary>
    /// True (once) when the store's change of <paramref name="source"/> was its first ever: the index cannot hold rows of
    /// it, so adding them needs no delete. False when unknown: the delete is always safe.
    /// </summary>
    bool IsFirstChange(string source);

    /// <summary>The searchable rows a source has now (none if gone or hidden as a syndicated copy), with their row ids.</summary>
    IReadOnlyList<(long RowId, IndexedDoc Doc)> SearchableRows(string source);
}
