namespace Extraction.Extract.Lexicons;

/// <summary>A word sequence that opens an organisation name, in folded words, with its class.</summary>
internal sealed record OrgHead(string[] Words, OrgHeadClass Class);
