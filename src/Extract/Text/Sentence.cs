namespace Extraction.Extract.Text;

/// <summary>A sentence of the article: [Start, End) in the text it was cut from.</summary>
internal sealed record Sentence(int Start, int End, string Text)
{
    public int Index { get; init; }
}
