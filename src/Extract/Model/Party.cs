namespace Extraction.Extract.Model;

/// <summary>A signing side: the mention as written and its canonical form (abbreviations spelled out, place resolved).</summary>
public sealed record Party(string Name, string Canonical, TextSpan Span, double Confidence = 1.0);
