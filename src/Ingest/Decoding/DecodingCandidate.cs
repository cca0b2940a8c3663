namespace Extraction.Ingest.Decoding;

/// <summary>One way of reading the bytes (or of re-reading text), with its text (NFC) and how Vietnamese that text looks.</summary>
/// <param name="Charset">The reading.</param>
/// <param name="FromBytes">Whether it reads the raw bytes rather than re-reading already decoded text.</param>
/// <param name="Text">The text this reading gives, NFC.</param>
/// <param name="Evidence">What its words say.</param>
internal sealed record DecodingCandidate(VietnameseCharset Charset, bool FromBytes, string Text, VietnameseEvidence Evidence);
