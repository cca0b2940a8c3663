namespace Extraction.Extract.Lexicons;

/// <summary>
/// Vietnamese abbreviations and their expansions (UBND ↔ Ủy ban nhân dân), shared by Extract
/// (canonical party names) and Index (query expansion both ways).
/// </summary>
public sealed class AbbreviationLexicon
{
    public static AbbreviationLexicon Default { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["UBND"] = "Ủy ban nhân dân",
        ["MTTQ"] = "Mặt trận Tổ quốc",
        ["HĐND"] = "Hội đồng nhân dân",
        ["NHCSXH"] = "Ngân hàng Chính sách xã hội",
    });

    private readonly IReadOnlyDictionary<string, string> expansions;

    public AbbreviationLexicon(IReadOnlyDictionary<string, string> expansions) => this.expansions = expansions;

    /// <summary>Abbreviation (as written, case-sensitive) → expansion.</summary>
    public IReadOnlyDictionary<string, string> Expansions => expansions;

    public string? Expand(string abbreviation) => expansions.TryGetValue(abbreviation, out var e) ? e : null;
}
