using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Extraction.Index.Lucene;

/// <summary>
/// The rows holding every word (or pair) a query requires, as a bit set per segment, for a query with positional
/// phrases: handed to the phrases as their only documents (as deleted rows are kept out), so word positions are
/// read only where every other clause matches too. Lucene 4.8 has no two-phase matching: a phrase in a conjunction
/// otherwise checks positions in every row holding its own words, whatever the other clauses say. A superset of
/// the query's matches, so totals and scores are unchanged.
/// </summary>
internal sealed class WordsFirstFilter : Filter
{
    private readonly Term[] terms;

    public WordsFirstFilter(IEnumerable<Term> terms)
    {
        this.terms = terms.Distinct().ToArray();
    }

    /// <summary>Always hand the bits down (Lucene's default does so only when the first accepted row is below 100).</summary>
    public static FilteredQuery.FilterStrategy Strategy { get; } = new AlwaysRandomAccess();

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Bits(context, acceptDocs, 0, context.AtomicReader.MaxDoc);
    }

    /// <summary>
    /// The rows of docs [<paramref name="from"/>, <paramref name="to"/>) of the segment holding every term (and the first
    /// such row after it), or null when a term is not in the segment; a part of a split search (<see cref="DocRanges"/>)
    /// finds its own range only.
    /// </summary>
    public FixedBitSet? Bits(AtomicReaderContext context, IBits? acceptDocs, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.AtomicReader;
        var docs = new DocsEnum[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            var te = reader.GetTerms(terms[i].Field)?.GetEnumerator();
            var d = te is not null && te.SeekExact(terms[i].Bytes) ? te.Docs(acceptDocs, null, DocsFlags.NONE) : null;
            if (d is null)
            {
                return null;
            }
            docs[i] = d;
        }
        // Leapfrog from the rarest list: each other list only skips to the lead's candidates.
        Array.Sort(docs, (a, b) => a.GetCost().CompareTo(b.GetCost()));
        var bits = new FixedBitSet(reader.MaxDoc);
        if (from > 0)
        {
            // Rows before the range all set: a phrase scorer's constructor steps each of its words to its first accepted
            // row, which otherwise meant reading every row up to the range one by one; the part then skips to the range.
            bits.Set(0, from);
        }
        var lead = docs[0];
        var doc = from == 0 ? lead.NextDoc() : lead.Advance(from);
        while (doc != DocIdSetIterator.NO_MORE_DOCS)
        {
            var agreed = true;
            for (var i = 1; i < docs.Length; i++)
            {
                var at = docs[i].DocID;
                if (at < doc)
                {
                    at = docs[i].Advance(doc);
                }
                if (at == DocIdSetIterator.NO_MORE_DOCS)
                {
                    return bits;
                }
                if (at > doc)
                {
                    doc = lead.Advance(at);
                    agreed = false;
                    break;
                }
            }
            if (agreed)
            {
                bits.Set(doc);
                if (doc >= to)
                {
                    // The first row past the range stays as a stop: with no row set after the last one in range, a
                    // phrase scorer's next step would read its positions list to the end, row by row.
                    break;
                }
                doc = lead.NextDoc();
            }
        }
        return bits;
    }

    public override string ToString() => "words(" + string.Join(' ', terms.Select(t => t.ToString())) + ")";

    private sealed class AlwaysRandomAccess : FilteredQuery.RandomAccessFilterStrategy
    {
        protected override bool UseRandomAccess(IBits bits, int firstFilterDoc) => true;
    }
}
