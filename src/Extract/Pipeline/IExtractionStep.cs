namespace Extraction.Extract.Pipeline;

/// <summary>One named step of the extraction pipeline. Stateless: everything it reads or writes is in the context.</summary>
internal interface IExtractionStep
{
    string Name { get; }

    /// <summary>Runs the step; false when the article turns out to report no signing and the pass ends.</summary>
    bool Run(ExtractionContext context);
}
