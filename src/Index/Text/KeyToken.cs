namespace Extraction.Index.Text;

/// <summary>
/// One search-key word taken from a text: its exact key (tone kept, as a trailing digit), its folded key
/// (no diacritics, đ → d) and the [Start, End) range of the original word it came from.
/// An abbreviation gives one token per word of its expansion, all with the abbreviation's range.
/// </summary>
public readonly record struct KeyToken(string Exact, string Folded, int Start, int End);
