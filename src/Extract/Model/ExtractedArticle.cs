using Extraction.Ingest;

namespace Extraction.Extract.Model;

/// <summary>An article with the agreements found in it: what Extract hands to Index and to output.</summary>
public sealed record ExtractedArticle(
    Article Article,
    bool IsAgreement,
    IReadOnlyList<Agreement> Agreements,
    string ExtractorVersion);
