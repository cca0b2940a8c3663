using Extraction.Extract.Items;

namespace Extraction.Extract.Pipeline;

/// <summary>
/// The listed contents of each agreement, read in its scope; the first agreement may also take a contents list
/// written before its ceremony sentence (when <paramref name="contentsBefore"/>).
/// </summary>
internal sealed class ContentItemsStep(bool contentsBefore) : IExtractionStep
{
    public string Name => "ContentItems";

    public bool Run(ExtractionContext context)
    {
        for (var i = 0; i < context.Agreements.Count; i++)
        {
            var agreement = context.Agreements[i];
            var items = ContentItemFinder.Find(context.Text, context.Scopes[i]);
            if (items.Count == 0 && i == 0 && contentsBefore)
            {
                items = ContentsBefore.Find(context.Text, 0, agreement.Evidence.Start, agreement.Kind);
            }
            if (items.Count == 0)
            {
                continue;
            }
            var confidence = new Dictionary<string, double>(agreement.FieldConfidence, StringComparer.Ordinal) { ["items"] = 0.85 };
            context.Agreements[i] = agreement with { Items = items, FieldConfidence = confidence };
        }
        return true;
    }
}
