namespace Extraction.Index;

/// <summary>An article that could not be stored; what was stored before it is untouched.</summary>
public sealed record UpsertFailure(string Source, string Error);
