using Extraction.Extract.References;

namespace Extraction.Extract.Pipeline;

/// <summary>The documents each agreement cites as its basis ("Nghị quyết số 24/2021/QH15"), read in its scope.</summary>
internal sealed class ReferencesStep : IExtractionStep
{
    public string Name => "References";

    public bool Run(ExtractionContext context)
    {
        // Agreements told in one sentence share a scope: each scope is read once.
        var byScope = new Dictionary<Model.TextSpan, IReadOnlyList<Model.DocumentReference>>();
        for (var i = 0; i < context.Agreements.Count; i++)
        {
            var scope = context.Scopes[i];
            if (!byScope.TryGetValue(scope, out var references))
            {
                byScope[scope] = references = ReferenceFinder.Find(context.Text, scope);
            }
            context.Agreements[i] = context.Agreements[i] with { References = references };
        }
        return true;
    }
}
