namespace Extraction.Ingest.Inputs;

/// <summary>One WARC record: its named headers (case-insensitive) and its content block.</summary>
internal sealed record WarcRecord(IReadOnlyDictionary<string, string> Headers, byte[] Block)
{
    /// <summary>Whether the block was over the page size limit and skipped unread (Block is then empty).</summary>
    public bool Oversized { get; init; }

    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
}
