namespace Extraction.Extract.Tests.Specs;

/// <summary>One "- `input` → `{expected}`" example of a Markdown spec, with the section's context lines.</summary>
public sealed record SpecExample(
    string File, int Line, string Section, string Input, string Expected, IReadOnlyDictionary<string, string> Context)
{
    public override string ToString() => $"{File}:{Line} {Input[..Math.Min(60, Input.Length)]}";
}
