namespace Extraction.Ingest.Decoding;

/// <summary>One way of reading the bytes, with its text (NFC) and how Vietnamese that text looks.</summary>
internal sealed record DecodingCandidate(VietnameseCharset Charset, string Text, VietnameseEvidence Evidence);
