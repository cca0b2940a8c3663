namespace Extraction.Ingest;

/// <summary>What input enumeration yields: a document to clean, or an error naming the input that failed.</summary>
public sealed record InputItem(RawDocument? Document, string Source, string? Error)
{
    /// <summary>The file (or "-") the item came from: one file can hold many records, and summaries count both.</summary>
    public string Input { get; init; } = Source;

    public static InputItem Of(RawDocument document) => new(document, document.Source, null);

    public static InputItem Failed(string source, string error) => new(null, source, error);
}
