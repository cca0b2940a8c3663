namespace Extraction.Extract.Model;

/// <summary>A half-open range [Start, End) of UTF-16 code units in the cleaned article text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public string Slice(string text) => text[Start..End];
}
