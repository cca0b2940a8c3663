using Extraction.Extract.Confidence;

namespace Extraction.Extract.Model;

/// <summary>A signing side: the mention as written and its canonical form (abbreviations spelled out, place resolved).</summary>
/// <param name="Span">Where the mention stands: in the cleaned text, or in the title when <see cref="InTitle"/>.</param>
public sealed record Party(string Name, string Canonical, TextSpan Span, double Confidence = 1.0)
{
    /// <summary>The side is named only in the headline, so <see cref="Span"/> points into the title.</summary>
    public bool InTitle { get; init; }

    /// <summary>Where the side was read: the bucket its <see cref="Confidence"/> was measured on.</summary>
    internal Provenance Provenance { get; init; }
}
