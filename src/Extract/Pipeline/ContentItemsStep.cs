using Extraction.Extract.Confidence;
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
        // Agreements told in one sentence share a scope: each scope is read once.
        var byScope = new Dictionary<Model.TextSpan, IReadOnlyList<Model.ContentItem>>();
        var inScope = context.Scopes.Select(s => byScope.TryGetValue(s, out var read) ? read : byScope[s] = ContentItemFinder.Find(context.Text, s)).ToList();
        var found = context.Agreements.Count >= 2 && RuleSwitch.On("IntroNamesDocument")
            ? ListOwner.Assign(context.Text, context.Agreements.Select(a => a.Kind).ToList(), context.Scopes, inScope)
            : inScope;
        for (var i = 0; i < context.Agreements.Count; i++)
        {
            var agreement = context.Agreements[i];
            var items = found[i];
            var listedDocuments = false;
            if (RuleSwitch.On("DocumentListAfter") && context.Agreements.Count >= 2)
            {
                // "ký 3 văn kiện. Đó là: A; B; C": a listed document that is an agreement of its own is none's contents.
                var kept = items.Where(item => !context.Agreements.Any(a => a.KindSpan is { } k && item.Span.Start <= k.Start && k.End <= item.Span.End)).ToList();
                listedDocuments = kept.Count < items.Count;
                items = kept;
            }
            var before = false;
            if (items.Count == 0 && i == 0 && contentsBefore && !listedDocuments)
            {
                items = ContentsBefore.Find(context.Text, 0, agreement.Evidence.Start, agreement.Kind);
                before = true;
            }
            if (items.Count == 0)
            {
                continue;
            }
            var source = before ? Provenance.ItemsBefore : Provenance.ItemsInScope;
            var confidence = new Dictionary<string, double>(agreement.FieldConfidence, StringComparer.Ordinal) { ["items"] = ConfidenceTable.Default.Of(source)!.Value };
            var provenance = new Dictionary<string, Provenance>(agreement.FieldProvenance, StringComparer.Ordinal) { ["items"] = source };
            context.Agreements[i] = agreement with { Items = items, FieldConfidence = confidence, FieldProvenance = provenance };
        }
        return true;
    }
}
