namespace Extraction.Index.Query;

/// <summary>A parsed query with every term turned into keys, ready for a backend to render.</summary>
public sealed record CompiledQuery(
    IReadOnlyList<IReadOnlyList<KeyPhrase>> Clauses,
    IReadOnlyList<KeyPhrase> Excluded,
    IReadOnlyList<int> Years,
    DateOnly? From,
    DateOnly? To,
    IReadOnlySet<string> HighlightKeys)
{
    /// <summary>
    /// Runs of plain words typed next to each other, as one phrase each (start clause, clause count, phrase).
    /// They match nothing the words alone would not, but add rank when the words stand together.
    /// </summary>
    public IReadOnlyList<(int Start, int Count, KeyPhrase Phrase)> Proximity { get; init; } = [];

    /// <summary>Every phrase the query must or may match (not the excluded ones): what a snippet marks.</summary>
    public IReadOnlyList<KeyPhrase> HighlightPhrases => Clauses.SelectMany(c => c).ToList();

    public bool HasPositiveText => Clauses.Count > 0;

    public bool HasExcluded => Excluded.Count > 0;

    /// <summary>Filter date bounds as yyyymmdd numbers (the stored date key).</summary>
    public int? FromKey => From is DateOnly d ? (d.Year * 10000) + (d.Month * 100) + d.Day : null;

    public int? ToKey => To is DateOnly d ? (d.Year * 10000) + (d.Month * 100) + d.Day : null;
}
