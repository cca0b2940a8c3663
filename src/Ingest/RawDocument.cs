namespace Extraction.Ingest;

/// <summary>Undecoded input as read from a file, an archive record or stdin.</summary>
/// <param name="Source">The path (or path#record) or URL as given, used in messages and output.</param>
/// <param name="Content">The raw bytes, any encoding.</param>
/// <param name="Url">The page URL when the container knows it (WARC, JSON Lines).</param>
/// <param name="DeclaredCharset">Charset from an HTTP header or container, when one was declared.</param>
/// <param name="Kind">Whether the bytes are an HTML page or a plain-text scrape.</param>
public sealed record RawDocument(
    string Source,
    ReadOnlyMemory<byte> Content,
    string? Url,
    string? DeclaredCharset,
    DocumentKind Kind);

public enum DocumentKind
{
    Text,
    Html,
}
