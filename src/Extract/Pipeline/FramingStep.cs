using Extraction.Extract.Frames;

namespace Extraction.Extract.Pipeline;

/// <summary>Framing: candidates grouped into agreements; a frame stands as a report only with enough evidence.</summary>
internal sealed class FramingStep : IExtractionStep
{
    public string Name => "Framing";

    public bool Run(ExtractionContext context)
    {
        context.Frames = FrameBuilder.Build(context.Candidates)
            .Where(f => IsReport(f) || (RuleSwitch.On("PlainOneSide") && PlainOneSide.IsReport(context.Text, f, context.Article.Published))).ToList();
        return context.Frames.Count > 0;
    }

    /// <summary>
    /// A frame is a report of a signing when it names two sides, a date, a ceremony, or a firm verb with a kind or a side;
    /// a plain verb with one side and its kind is tried after (<see cref="PlainOneSide"/>).
    /// </summary>
    private static bool IsReport(Frame f) =>
        f.Parties.Count >= 2 || f.Date is not null || f.Candidates.Any(c => c.Clause.Ceremony)
        || ((f.Kind is not null || f.Parties.Count == 1) && f.Candidates.Any(c => c.Clause.Strong));
}
