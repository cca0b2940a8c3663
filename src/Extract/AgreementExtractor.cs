using Extraction.Extract.Model;
using Extraction.Extract.Pipeline;
using Extraction.Ingest;

namespace Extraction.Extract;

/// <summary>
/// Finds every agreement an article reports as signed, by running an <see cref="ExtractionPipeline"/> (all steps
/// unless another pipeline is given). Immutable and thread-safe: build once, reuse.
/// </summary>
public sealed class AgreementExtractor(ExtractionPipeline pipeline)
{
    /// <summary>Bumped whenever extraction output may change, so stored rows can be reprocessed.</summary>
    public const string Version = "0.4.133";

    private static readonly ExtractionPipeline Default = new ExtractionPipelineBuilder().UseDefaults().Build();

    public AgreementExtractor()
        : this(Default)
    {
    }

    public ExtractionPipeline Pipeline { get; } = pipeline;

    public ExtractedArticle Extract(Article article) => Pipeline.Run(article, Version);
}
