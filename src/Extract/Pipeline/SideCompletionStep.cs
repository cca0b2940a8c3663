using Extraction.Extract.Frames;

namespace Extraction.Extract.Pipeline;

/// <summary>Sides named outside the signing sentence: the headline's sides or a "giữa" list elsewhere complete an agreement's.</summary>
internal sealed class SideCompletionStep : IExtractionStep
{
    public string Name => "SideCompletion";

    public bool Run(ExtractionContext context)
    {
        SideCompleter.Complete(context.Frames, context.Title, context.Text, context.Sentences, context.Place!);
        return true;
    }
}
