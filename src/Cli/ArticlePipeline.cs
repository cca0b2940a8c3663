using Extraction.Cli.Pipeline;
using Extraction.Extract;
using Extraction.Extract.Model;
using Extraction.Ingest;
using Extraction.Ingest.Duplicates;

namespace Extraction.Cli;

/// <summary>
/// Composes the stages for the commands: inputs → Ingest → near-duplicate grouping → Extract. Inputs are read
/// in order on one thread, cleaned and extracted on every core a bounded window ahead, and handed out in input
/// order, where the near-duplicate step (which depends on order) runs: the output is the sequential run's.
/// One broken input is reported and the rest go on.
/// </summary>
/// <param name="limits">What one input may cost before it is skipped; <see cref="InputLimits.Default"/> when null.</param>
/// <param name="nearDuplicates">Where signatures are kept (a store's, for an ingest); in memory when null.</param>
public sealed class ArticlePipeline(InputLimits? limits = null, INearDuplicateIndex? nearDuplicates = null)
{
    private readonly InputLimits limits = limits ?? InputLimits.Default;
    private readonly IngestPipeline ingest = new();
    private readonly NearDuplicateDetector duplicates = new(nearDuplicates);
    private readonly AgreementExtractor extractor = new();

    /// <summary>Inputs an ingest need not redo (their source already holds this content); none when null.</summary>
    public StoredInputs? Stored { get; init; }

    /// <summary>Whether articles are keyed by <see cref="SourceKey"/> (a store's key) rather than the path as typed.</summary>
    public bool KeyedSources { get; init; }

    /// <summary>Cleaning threads (0: one per core; 1: the sequential run, for comparisons).</summary>
    public int Workers { get; init; }

    public IEnumerable<ProcessedArticle> Clean(IEnumerable<string> paths)
    {
        foreach (var item in InputReader.Read(paths, limits))
        {
            if (item.Document is null)
            {
                yield return new ProcessedArticle(item.Source, null, item.Error) { Input = item.Input };
                continue;
            }
            var cleaned = CleanOne(item.Document);
            yield return Grouped(cleaned.Processed, cleaned.Signature) with { Input = item.Input };
        }
    }

    public IEnumerable<ProcessedArticle> Extract(IEnumerable<string> paths) => Extract(InputReader.Read(paths, limits));

    /// <summary>As <see cref="Extract(IEnumerable{string})"/>, over inputs already read (a worker's jobs: files and WARC ranges).</summary>
    public IEnumerable<ProcessedArticle> Extract(IEnumerable<InputItem> items)
    {
        var prepared = Workers == 1
            ? items.Select(Prepare)
            : OrderedParallel.Map(items, Prepare, Workers);
        foreach (var (processed, signature) in prepared)
        {
            yield return processed.Result is null || processed.Skipped ? processed : Grouped(processed, signature);
        }
    }

    public ExtractedArticle Reextract(Article article) => extractor.Extract(article);

    /// <summary>Everything for one input that does not depend on the others: runs on any thread.</summary>
    private (ProcessedArticle Processed, uint[]? Signature) Prepare(InputItem item)
    {
        if (item.Document is null)
        {
            return (new ProcessedArticle(item.Source, null, item.Error) { Input = item.Input }, null);
        }
        var hash = Stored is null ? null : InputHash.Of(item.Document);
        if (hash is not null && Stored!.Holds(Key(item.Document.Source), hash))
        {
            return (new ProcessedArticle(item.Source, null, null) { Input = item.Input, Skipped = true }, null);
        }
        var (cleaned, signature) = CleanOne(item.Document);
        if (cleaned.Result is null)
        {
            return (cleaned with { Input = item.Input }, null);
        }
        try
        {
            var article = cleaned.Result.Article with { InputHash = hash };
            return (cleaned with { Result = extractor.Extract(article), Input = item.Input }, signature);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (new ProcessedArticle(cleaned.Source, null, $"cannot extract: {e.Message}") { Input = item.Input }, null);
        }
    }

    private (ProcessedArticle Processed, uint[]? Signature) CleanOne(RawDocument document)
    {
        try
        {
            var article = ingest.Clean(document);
            article = article with { Source = Key(article.Source) };
            return (new ProcessedArticle(document.Source, new ExtractedArticle(article, false, [], AgreementExtractor.Version), null), NearDuplicateDetector.Signature(article));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (new ProcessedArticle(document.Source, null, $"cannot clean: {e.Message}"), null);
        }
    }

    /// <summary>The ordered step: near-duplicate grouping (and the copy's own id), in input order.</summary>
    private ProcessedArticle Grouped(ProcessedArticle processed, uint[]? signature)
    {
        if (processed.Result is not { } result)
        {
            return processed;
        }
        try
        {
            var article = duplicates.Assign(result.Article, signature);
            return processed with { Result = result with { Article = article } };
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            return new ProcessedArticle(processed.Source, null, $"cannot group near-duplicates: {e.Message}") { Input = processed.Input };
        }
    }

    private string Key(string source) => KeyedSources ? SourceKey.Of(source) : source;
}
