namespace Extraction.Index.Query;

/// <summary>
/// The query as an AST: every clause must match (a clause is one term or terms joined by OR),
/// no excluded term may match, and the date filters hold. Nothing here is SQL yet.
/// </summary>
public sealed record ParsedQuery(
    IReadOnlyList<IReadOnlyList<QueryTerm>> Clauses,
    IReadOnlyList<QueryTerm> Excluded,
    IReadOnlyList<int> Years,
    DateOnly? From,
    DateOnly? To)
{
    public bool HasText => Clauses.Count > 0 || Excluded.Count > 0;
}
