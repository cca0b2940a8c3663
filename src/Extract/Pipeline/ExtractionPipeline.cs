using Extraction.Extract.Model;
using Extraction.Ingest;

namespace Extraction.Extract.Pipeline;

/// <summary>An immutable, thread-safe sequence of extraction steps (made by <see cref="ExtractionPipelineBuilder"/>); reuse it.</summary>
public sealed class ExtractionPipeline
{
    private readonly IReadOnlyList<IExtractionStep> steps;

    internal ExtractionPipeline(IReadOnlyList<IExtractionStep> steps) => this.steps = steps;

    /// <summary>The names of the steps, in the order they run.</summary>
    public IReadOnlyList<string> StepNames => steps.Select(s => s.Name).ToList();

    public ExtractedArticle Run(Article article, string version)
    {
        ArgumentNullException.ThrowIfNull(article);
        var context = new ExtractionContext(article);
        foreach (var step in steps)
        {
            if (!step.Run(context))
            {
                return new ExtractedArticle(article, false, [], version);
            }
        }
        return new ExtractedArticle(article, true, context.Agreements.ToList(), version);
    }
}
