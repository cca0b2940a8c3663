namespace Extraction.Ingest.Inputs;

/// <summary>How an input file is laid out: one document, or a container of many.</summary>
internal enum InputFormat
{
    Text,
    Html,
    JsonLines,
    Warc,
}
