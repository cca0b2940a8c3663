namespace Extraction.Extract.Lexicons;

/// <summary>
/// A word sequence that opens an organisation name, in folded words, with its class. <paramref name="CapitalOnly"/>: a
/// common noun in lower case ("lực lượng" is any force), a head only when written with a capital.
/// </summary>
internal sealed record OrgHead(string[] Words, OrgHeadClass Class, bool CapitalOnly = false);
