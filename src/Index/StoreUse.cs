namespace Extraction.Index;

/// <summary>What a process opens a store for, which decides how the store and its search index read files.</summary>
public enum StoreUse
{
    /// <summary>Searching and showing (search, serve, export): the index files are memory-mapped, the fastest reads.</summary>
    Search,

    /// <summary>
    /// A long stream of writes (ingest, reprocess, a worker): files are read by position through bounded
    /// buffers, so the pages a flush or merge reads do not stay in the process's memory and its peak stays
    /// flat in the batch size (docs/decisions.md, memory flat in batch size).
    /// </summary>
    BulkWrite,
}
