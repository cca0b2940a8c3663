namespace Extraction.Extract.Kinds;

/// <summary>An agreement type named in a sentence: canonical kind, token range, and whether it is plural ("các chương trình").</summary>
internal sealed record KindMention(string Kind, int Start, int End, bool Plural);
