using Extraction.Extract.Model;
using Extraction.Ingest;

namespace Extraction.Extract;

/// <summary>Finds every agreement an article reports as signed. Immutable and thread-safe: build once, reuse.</summary>
public sealed class AgreementExtractor
{
    /// <summary>Bumped whenever extraction output may change, so stored rows can be reprocessed.</summary>
    public const string Version = "0.1.0";

    public ExtractedArticle Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ExtractedArticle(article, false, [], Version);
    }
}
