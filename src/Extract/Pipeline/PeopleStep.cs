using Extraction.Extract.People;

namespace Extraction.Extract.Pipeline;

/// <summary>The people named at each signing with their titles, read in its scope.</summary>
internal sealed class PeopleStep : IExtractionStep
{
    public string Name => "People";

    public bool Run(ExtractionContext context)
    {
        for (var i = 0; i < context.Agreements.Count; i++)
        {
            context.Agreements[i] = context.Agreements[i] with { People = PeopleFinder.Find(context.Text, context.Scopes[i]) };
        }
        return true;
    }
}
