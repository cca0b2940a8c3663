using Extraction.Extract;
using Extraction.Extract.Model;
using Extraction.Ingest;
using Extraction.Ingest.Duplicates;

namespace Extraction.Cli;

/// <summary>
/// Composes the stages for the commands: inputs → Ingest → near-duplicate grouping → Extract.
/// One article at a time, so memory stays flat; one broken input is reported and the rest go on.
/// </summary>
/// <param name="limits">What one input may cost before it is skipped; <see cref="InputLimits.Default"/> when null.</param>
/// <param name="nearDuplicates">Where signatures are kept (a store's, for an ingest); in memory when null.</param>
public sealed class ArticlePipeline(InputLimits? limits = null, INearDuplicateIndex? nearDuplicates = null)
{
    private readonly InputLimits limits = limits ?? InputLimits.Default;
    private readonly IngestPipeline ingest = new();
    private readonly NearDuplicateDetector duplicates = new(nearDuplicates);
    private readonly AgreementExtractor extractor = new();

    public IEnumerable<ProcessedArticle> Clean(IEnumerable<string> paths)
    {
        foreach (var item in InputReader.Read(paths, limits))
        {
            if (item.Document is null)
            {
                yield return new ProcessedArticle(item.Source, null, item.Error) { Input = item.Input };
                continue;
            }
            yield return CleanOne(item.Document) with { Input = item.Input };
        }
    }

    public IEnumerable<ProcessedArticle> Extract(IEnumerable<string> paths)
    {
        foreach (var cleaned in Clean(paths))
        {
            if (cleaned.Result is null)
            {
                yield return cleaned;
                continue;
            }
            ProcessedArticle processed;
            try
            {
                processed = cleaned with { Result = extractor.Extract(cleaned.Result.Article) };
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                processed = new ProcessedArticle(cleaned.Source, null, $"cannot extract: {e.Message}") { Input = cleaned.Input };
            }
            yield return processed;
        }
    }

    private ProcessedArticle CleanOne(RawDocument document)
    {
        try
        {
            var article = duplicates.Assign(ingest.Clean(document));
            return new ProcessedArticle(document.Source, new ExtractedArticle(article, false, [], AgreementExtractor.Version), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new ProcessedArticle(document.Source, null, $"cannot clean: {e.Message}");
        }
    }

    public ExtractedArticle Reextract(Article article) => extractor.Extract(article);
}
