namespace Extraction.Extract.Lexicons;

/// <summary>
/// Vietnamese abbreviations and their expansions (UBND ↔ Ủy ban nhân dân), shared by Extract
/// (canonical party names) and Index (query expansion both ways). Loaded from the embedded
/// <c>Lexicons/abbreviations.tsv</c> (own entries + the MIT soe-vinorm list; see Lexicons/README.md).
/// </summary>
public sealed class AbbreviationLexicon
{
    private static readonly Lazy<AbbreviationLexicon> LazyDefault = new(Load);

    public static AbbreviationLexicon Default => LazyDefault.Value;

    private readonly IReadOnlyDictionary<string, string> expansions;

    public AbbreviationLexicon(IReadOnlyDictionary<string, string> expansions) => this.expansions = expansions;

    /// <summary>Abbreviation (as written, case-sensitive) → expansion.</summary>
    public IReadOnlyDictionary<string, string> Expansions => expansions;

    public string? Expand(string abbreviation) => expansions.TryGetValue(abbreviation, out var e) ? e : null;

    private static AbbreviationLexicon Load()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in EmbeddedTsv.Read("abbreviations.tsv"))
        {
            // First entry wins: the project's own entries come before the imported list.
            if (row.Length >= 2 && row[0].Length > 0 && row[1].Length > 0)
            {
                map.TryAdd(row[0], row[1]);
            }
        }
        return new AbbreviationLexicon(map);
    }
}
