namespace Extraction.Ingest.Inputs;

/// <summary>One WARC record: its named headers (case-insensitive) and its content block.</summary>
internal sealed record WarcRecord(IReadOnlyDictionary<string, string> Headers, byte[] Block)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
}
