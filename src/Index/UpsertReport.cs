namespace Extraction.Index;

/// <summary>What a batch upsert stored and which articles it had to skip, with why.</summary>
public sealed record UpsertReport(int Stored, IReadOnlyList<UpsertFailure> Failed);
