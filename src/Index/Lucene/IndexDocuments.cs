using System.Globalization;
using Extraction.Index.Indexing;
using Extraction.Index.Lucene.Analysis;
using Extraction.Index.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Extraction.Index.Lucene;

/// <summary>
/// Turns searchable rows into Lucene documents (<see cref="IndexFields"/>) and adds them. Each distinct text of a
/// row is keyed once (<see cref="TextKeyer"/>) and every field indexing it replays those keys: the same tokens
/// as <see cref="VietnameseAnalyzer"/> gives each field, without analysing the text once per field. The keyed
/// texts, fields' streams and word cache are reused from row to row: not thread-safe, one per writer, used
/// under the writer's lock.
/// </summary>
internal sealed class IndexDocuments(SearchKey keys)
{
    private static readonly FieldType Text = TextField.TYPE_NOT_STORED;

    private static readonly FieldType TextNoNorms = new(TextField.TYPE_NOT_STORED) { OmitNorms = true };

    // The spelling field is only ever a single-word term query (never a phrase): no positions to write or read.
    private static readonly FieldType WordsNoNorms = new(TextField.TYPE_NOT_STORED) { OmitNorms = true, IndexOptions = IndexOptions.DOCS_AND_FREQS };

    private readonly TextKeyer keyer = new(keys);
    private readonly KeyedStream folded = new(KeyMode.Folded);
    private readonly KeyedStream exact = new(KeyMode.Exact);
    private readonly KeyedStream pairs = new(KeyMode.Pairs);
    private readonly List<(string Text, KeyedText Keyed)> keyedTexts = [];
    private int used;

    /// <summary>Adds the document of row <paramref name="rowId"/> of <paramref name="source"/>.</summary>
    public void Add(IndexWriter writer, long rowId, string source, IndexedDoc doc)
    {
        ArgumentNullException.ThrowIfNull(writer);
        try
        {
            writer.AddDocument(Of(rowId, source, doc));
        }
        finally
        {
            // The row's texts and a long text's arrays are not kept for the next row (decisions, the longest articles).
            for (var i = 0; i < used; i++)
            {
                var keyed = keyedTexts[i].Keyed;
                keyed.Shrink();
                keyedTexts[i] = (string.Empty, keyed);
            }
            used = 0;
        }
    }

    private Document Of(long rowId, string source, IndexedDoc doc)
    {
        var t = doc.Texts;
        var a = doc.AgreementIndex < 0;
        var d = new Document
        {
            new Int64Field(IndexFields.RowId, rowId, Field.Store.YES),
            new NumericDocValuesField(IndexFields.RowId, rowId),
            new StringField(IndexFields.Source, source, Field.Store.NO),
            new StringField(IndexFields.IsArticle, doc.AgreementIndex < 0 ? "1" : "0", Field.Store.NO),
            new NumericDocValuesField(IndexFields.Date, doc.DateKey ?? 0),
        };
        if (doc.DateKey is int dk)
        {
            d.Add(new Int32Field(IndexFields.Date, dk, Field.Store.NO));
        }
        if (doc.Year is int y)
        {
            var year = y.ToString(CultureInfo.InvariantCulture);
            d.Add(new StringField(IndexFields.Year, year, Field.Store.NO));
            d.Add(new SortedDocValuesField(IndexFields.YearFacet, new BytesRef(year)));
        }
        foreach (var p in t.Parties)
        {
            var k = KeysOf(p);
            d.Add(FieldOf(IndexFields.Of(IndexFields.Parties, a), folded, k, Text));
            d.Add(FieldOf(IndexFields.Of(IndexFields.Any, a), folded, k, Text));
            if (!a)
            {
                d.Add(FieldOf(IndexFields.Pairs, pairs, k, Text));
            }
            d.Add(FieldOf(IndexFields.Of(IndexFields.Spelled, a), exact, k, WordsNoNorms));
        }
        foreach (var (name, text) in new[] { (IndexFields.Title, t.Title), (IndexFields.Subject, t.Subject) })
        {
            if (text.Length > 0)
            {
                var k = KeysOf(text);
                d.Add(FieldOf(IndexFields.Of(name, a), folded, k, Text));
                d.Add(FieldOf(IndexFields.Of(IndexFields.Any, a), folded, k, Text));
                if (!a)
                {
                    d.Add(FieldOf(IndexFields.Pairs, pairs, k, Text));
                }
                d.Add(FieldOf(IndexFields.Of(IndexFields.Spelled, a), exact, k, WordsNoNorms));
            }
        }
        if (t.Body.Length > 0)
        {
            var k = KeysOf(t.Body);
            d.Add(FieldOf(IndexFields.Of(IndexFields.Any, a), folded, k, Text));
            if (!a)
            {
                d.Add(FieldOf(IndexFields.Pairs, pairs, k, Text));
            }
            d.Add(FieldOf(IndexFields.Of(IndexFields.Spelled, a), exact, k, WordsNoNorms));
        }
        if (t.Kind.Length > 0)
        {
            d.Add(FieldOf(IndexFields.Of(IndexFields.Kind, a), folded, KeysOf(t.Kind), TextNoNorms));
        }
        foreach (var u in t.Units)
        {
            d.Add(FieldOf(IndexFields.Of(IndexFields.Place, a), folded, KeysOf(u), TextNoNorms));
        }
        foreach (var p in doc.Parties.Where(p => !string.IsNullOrEmpty(p)).Distinct(StringComparer.Ordinal))
        {
            d.Add(new SortedSetDocValuesField(IndexFields.PartyFacet, new BytesRef(p)));
        }
        if (!string.IsNullOrEmpty(doc.Place))
        {
            d.Add(new SortedDocValuesField(IndexFields.PlaceFacet, new BytesRef(doc.Place)));
        }
        if (!string.IsNullOrEmpty(doc.Kind))
        {
            d.Add(new SortedDocValuesField(IndexFields.KindFacet, new BytesRef(doc.Kind)));
        }
        return d;
    }

    /// <summary>The keys of <paramref name="text"/>, keyed once per row however many fields index it.</summary>
    private KeyedText KeysOf(string text)
    {
        for (var i = 0; i < used; i++)
        {
            if (string.Equals(keyedTexts[i].Text, text, StringComparison.Ordinal))
            {
                return keyedTexts[i].Keyed;
            }
        }
        if (used == keyedTexts.Count)
        {
            keyedTexts.Add((text, new KeyedText()));
        }
        var keyed = keyedTexts[used].Keyed;
        keyedTexts[used++] = (text, keyed);
        keyer.Key(text, keyed);
        return keyed;
    }

    private static KeyedField FieldOf(string name, KeyedStream stream, KeyedText keyed, FieldType type) => new(name, stream, keyed, type);

    /// <summary>A text field whose tokens are an already keyed text, played by a shared stream.</summary>
    private sealed class KeyedField(string name, KeyedStream stream, KeyedText keyed, FieldType type) : Field(name, type)
    {
        public override TokenStream GetTokenStream(Analyzer analyzer) => stream.Of(keyed);
    }
}
