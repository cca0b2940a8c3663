namespace Extraction.Extract.Model;

/// <summary>A named person at the signing, with the title given and the role played (signed, chaired, attended).</summary>
public sealed record Person(string Name, string? Title, string? Role, TextSpan Span);
