namespace Extraction.Index.Lucene;

/// <summary>
/// The fields of a Lucene document (one per searchable row: an agreement or a whole article; built by
/// <see cref="IndexDocuments"/>). Text fields hold folded keys; facet values are DocValues, counted in the search pass.
/// </summary>
internal static class IndexFields
{
    /// <summary>The store's row id (docs.id): how a hit finds its display columns.</summary>
    public const string RowId = "id";

    /// <summary>The article's source: what a re-store deletes by.</summary>
    public const string Source = "src";

    /// <summary>"1" for an article row, "0" for an agreement.</summary>
    public const string IsArticle = "art";

    public const string Year = "year";

    /// <summary>yyyymmdd of the signing (else publication) date: a range filter and the date sort.</summary>
    public const string Date = "date";

    /// <summary>Every text field together (parties, title, subject, body): what an unfielded word must match.</summary>
    public const string Any = "all";

    /// <summary>Adjacent folded word pairs of an agreement row's combined text: a phrase becomes a term (two words) or a phrase of pairs. Article rows have none (their bodies would double the index).</summary>
    public const string Pairs = "all2";

    public const string Parties = "p";
    public const string Title = "t";
    public const string Subject = "s";
    public const string Kind = "k";
    public const string Place = "l";

    /// <summary>Words as spelled (exact keys) in any text field: ranks "hòa" above "hóa" for a query typed with marks, never decides a match.</summary>
    public const string Spelled = "x";

    public const string PartyFacet = "fp";
    public const string PlaceFacet = "fl";
    public const string KindFacet = "fk";
    public const string YearFacet = "fy";

    /// <summary>
    /// The text fields of article rows carry their own names: an agreement search never walks the postings
    /// of whole article bodies (most of the text), nor an article search those of agreements.
    /// </summary>
    public static string Of(string field, bool article) => article ? field + "_a" : field;
}
