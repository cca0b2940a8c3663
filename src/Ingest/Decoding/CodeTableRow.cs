namespace Extraction.Ingest.Decoding;

/// <summary>One line of a code table: the bytes of a legacy encoding and the Unicode text they stand for.</summary>
internal sealed record CodeTableRow(byte[] Bytes, string Text);
