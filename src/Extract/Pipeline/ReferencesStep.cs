using Extraction.Extract.References;

namespace Extraction.Extract.Pipeline;

/// <summary>The documents each agreement cites as its basis ("Nghị quyết số 24/2021/QH15"), read in its scope.</summary>
internal sealed class ReferencesStep : IExtractionStep
{
    public string Name => "References";

    public bool Run(ExtractionContext context)
    {
        for (var i = 0; i < context.Agreements.Count; i++)
        {
            context.Agreements[i] = context.Agreements[i] with { References = ReferenceFinder.Find(context.Text, context.Scopes[i]) };
        }
        return true;
    }
}
