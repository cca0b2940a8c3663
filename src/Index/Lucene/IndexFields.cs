using System.Globalization;
using Extraction.Index.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Extraction.Index.Lucene;

/// <summary>
/// The fields of a Lucene document (one per searchable row: an agreement or a whole article) and how a
/// row becomes one. Text fields hold folded keys; facet values are DocValues, counted in the search pass.
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

    private static readonly FieldType TextNoNorms = new(TextField.TYPE_NOT_STORED) { OmitNorms = true };

    // The spelling field is only ever a single-word term query (never a phrase): no positions to write or read.
    private static readonly FieldType WordsNoNorms = new(TextField.TYPE_NOT_STORED) { OmitNorms = true, IndexOptions = IndexOptions.DOCS_AND_FREQS };

    public static Document Of(long rowId, string source, IndexedDoc doc)
    {
        var t = doc.Texts;
        var a = doc.AgreementIndex < 0;
        var d = new Document
        {
            new Int64Field(RowId, rowId, Field.Store.YES),
            new NumericDocValuesField(RowId, rowId),
            new StringField(Source, source, Field.Store.NO),
            new StringField(IsArticle, doc.AgreementIndex < 0 ? "1" : "0", Field.Store.NO),
            new NumericDocValuesField(Date, doc.DateKey ?? 0),
        };
        if (doc.DateKey is int dk)
        {
            d.Add(new Int32Field(Date, dk, Field.Store.NO));
        }
        if (doc.Year is int y)
        {
            var year = y.ToString(CultureInfo.InvariantCulture);
            d.Add(new StringField(Year, year, Field.Store.NO));
            d.Add(new SortedDocValuesField(YearFacet, new BytesRef(year)));
        }
        foreach (var p in t.Parties)
        {
            d.Add(new TextField(Of(Parties, a), p, Field.Store.NO));
            d.Add(new TextField(Of(Any, a), p, Field.Store.NO));
            if (!a)
            {
                d.Add(new TextField(Pairs, p, Field.Store.NO));
            }
            d.Add(new Field(Of(Spelled, a), p, WordsNoNorms));
        }
        foreach (var (name, text) in new[] { (Title, t.Title), (Subject, t.Subject) })
        {
            if (text.Length > 0)
            {
                d.Add(new TextField(Of(name, a), text, Field.Store.NO));
                d.Add(new TextField(Of(Any, a), text, Field.Store.NO));
                if (!a)
                {
                    d.Add(new TextField(Pairs, text, Field.Store.NO));
                }
                d.Add(new Field(Of(Spelled, a), text, WordsNoNorms));
            }
        }
        if (t.Body.Length > 0)
        {
            d.Add(new TextField(Of(Any, a), t.Body, Field.Store.NO));
            if (!a)
            {
                d.Add(new TextField(Pairs, t.Body, Field.Store.NO));
            }
            d.Add(new Field(Of(Spelled, a), t.Body, WordsNoNorms));
        }
        if (t.Kind.Length > 0)
        {
            d.Add(new Field(Of(Kind, a), t.Kind, TextNoNorms));
        }
        foreach (var u in t.Units)
        {
            d.Add(new Field(Of(Place, a), u, TextNoNorms));
        }
        foreach (var p in doc.Parties.Where(p => !string.IsNullOrEmpty(p)).Distinct(StringComparer.Ordinal))
        {
            d.Add(new SortedSetDocValuesField(PartyFacet, new BytesRef(p)));
        }
        if (!string.IsNullOrEmpty(doc.Place))
        {
            d.Add(new SortedDocValuesField(PlaceFacet, new BytesRef(doc.Place)));
        }
        if (!string.IsNullOrEmpty(doc.Kind))
        {
            d.Add(new SortedDocValuesField(KindFacet, new BytesRef(doc.Kind)));
        }
        return d;
    }
}
