namespace Extraction.Index.Query;

/// <summary>A word or "quoted phrase" the user typed, with the field it is restricted to.</summary>
public sealed record QueryTerm(QueryField Field, string Text, bool IsPhrase);
