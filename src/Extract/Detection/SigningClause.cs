namespace Extraction.Extract.Detection;

/// <summary>A verb "ký (kết)" that reports a signing: token range of the verb and how sure we are.</summary>
internal sealed record SigningClause(int VerbToken, int VerbEndToken, bool Ceremony, bool Strong);
