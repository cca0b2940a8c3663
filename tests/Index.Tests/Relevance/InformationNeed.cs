namespace Extraction.Index.Tests.Relevance;

/// <summary>
/// What an analyst wants, the ways they might type it, and the agreements that answer it
/// (grade 2: exactly what was asked; grade 1: also answers it, less directly).
/// </summary>
/// <param name="Typed">The query as typed with diacritics and full names.</param>
/// <param name="Unaccented">The same query typed without diacritics.</param>
/// <param name="Abbreviated">The same query with abbreviations (MTTQ, UBND, …), or null when none applies.</param>
/// <param name="Variants">Other spellings: old tone placement, i for y, partial names.</param>
public sealed record InformationNeed(
    string Typed,
    string Unaccented,
    string? Abbreviated,
    IReadOnlyDictionary<string, int> Relevant,
    params string[] Variants)
{
    public IEnumerable<string> Queries => new[] { Typed, Unaccented, Abbreviated }.OfType<string>().Concat(Variants);

    public override string ToString() => Typed;
}
