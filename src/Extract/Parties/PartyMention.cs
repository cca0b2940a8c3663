namespace Extraction.Extract.Parties;

/// <summary>A signing side found in one sentence: verbatim name, canonical form, character offsets in the source string.</summary>
internal sealed record PartyMention(string Name, string Canonical, int Start, int End, double Confidence);
