using Extraction.Index.Query;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Extraction.Index.Lucene;

/// <summary>
/// Turns a compiled query into Lucene queries: a match query (every clause on the combined text field,
/// scored by BM25 there, filters at no score) that decides the match set, totals and facets, and a rank
/// query (the field weights, exact spellings, words standing together) that rescores the best of it.
/// </summary>
internal static class QueryPlan
{
    internal const float PartyWeight = 5;
    internal const float TitleWeight = 4;
    internal const float SubjectWeight = 2;

    /// <summary>Per word typed with the diacritics it has in the text.</summary>
    internal const float SpelledWeight = 3;

    /// <summary>A run of typed words found standing together, in the combined field.</summary>
    internal const float ProximityWeight = 3;

    // Every search filters on the row kind: a bit set per segment, kept while the segment lives, instead of a posting list read each time.
    private static readonly CachingWrapperFilter ArticleRows = new(new QueryWrapperFilter(new TermQuery(new Term(IndexFields.IsArticle, "1"))));
    private static readonly CachingWrapperFilter AgreementRows = new(new QueryWrapperFilter(new TermQuery(new Term(IndexFields.IsArticle, "0"))));

    public static LuceneQuery Match(CompiledQuery q, bool articles, SearchPlan? plan = null, IndexReader? reader = null)
    {
        ArgumentNullException.ThrowIfNull(q);
        plan ??= SearchPlan.Default;
        var query = new BooleanQuery(disableCoord: true);
        foreach (var clause in q.Clauses)
        {
            if (clause.Count == 1)
            {
                query.Add(Phrase(FieldOf(clause[0].Field, articles), clause[0], plan, articles), Occur.MUST);
                continue;
            }
            var any = new BooleanQuery(disableCoord: true);
            foreach (var p in clause)
            {
                any.Add(Phrase(FieldOf(p.Field, articles), p, plan, articles), Occur.SHOULD);
            }
            query.Add(any, Occur.MUST);
        }
        foreach (var p in q.Excluded)
        {
            query.Add(Phrase(FieldOf(p.Field, articles), p, plan, articles), Occur.MUST_NOT);
        }
        if (q.Years.Count > 0)
        {
            var years = new BooleanQuery(disableCoord: true);
            foreach (var y in q.Years.Distinct())
            {
                years.Add(new TermQuery(new Term(IndexFields.Year, y.ToString(System.Globalization.CultureInfo.InvariantCulture))), Occur.SHOULD);
            }
            query.Add(Filter(years), Occur.MUST);
        }
        if (q.FromKey is not null || q.ToKey is not null)
        {
            query.Add(Filter(NumericRangeQuery.NewInt32Range(IndexFields.Date, q.FromKey, q.ToKey, true, true)), Occur.MUST);
        }
        if (query.Clauses.Count == 0 || query.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            query.Add(new MatchAllDocsQuery { Boost = 0 }, Occur.MUST);
        }
        LuceneQuery result = query;
        if (plan.WordsFirst != WordsFirstWhen.Never && reader is not null && WordsFirstPays(q, articles, plan, reader) is { } terms)
        {
            result = new FilteredQuery(query, new WordsFirstFilter(terms), WordsFirstFilter.Strategy);
        }
        if (plan.KindFromFields && q.HasPositiveText)
        {
            return result;
        }
        return new FilteredQuery(result, articles ? ArticleRows : AgreementRows);
    }

    /// <summary>A phrase's own words at least this many times commoner than another clause's rarest term: find the words first.</summary>
    internal const int WordsFirstRatio = 2;

    /// <summary>
    /// The required terms to find first, or null when it would not pay: with no positional phrase, or one whose
    /// rarest word is about as rare as the rest of the query (it then leads the conjunction and checks few rows anyway).
    /// </summary>
    private static List<Term>? WordsFirstPays(CompiledQuery q, bool articles, SearchPlan plan, IndexReader reader)
    {
        var groups = new List<(Term[] Terms, bool Positional, int Rarest)>();
        foreach (var clause in q.Clauses)
        {
            if (clause.Count != 1)
            {
                continue;
            }
            var rendered = Phrase(FieldOf(clause[0].Field, articles), clause[0], plan, articles);
            var (terms, positional) = rendered switch
            {
                TermQuery t => ([t.Term], false),
                PhraseQuery ph => (ph.GetTerms(), plan.WordsFirst != WordsFirstWhen.Sloppy || ph.Slop > 0),
                _ => (Array.Empty<Term>(), false),
            };
            if (terms.Length > 0)
            {
                groups.Add((terms, positional, terms.Min(reader.DocFreq)));
            }
        }
        if (groups.Count < 2)
        {
            return null;
        }
        for (var i = 0; i < groups.Count; i++)
        {
            if (!groups[i].Positional)
            {
                continue;
            }
            var others = groups.Where((_, j) => j != i).Min(g => g.Rarest);
            if (plan.WordsFirst != WordsFirstWhen.Rarer || groups[i].Rarest >= WordsFirstRatio * (long)others)
            {
                return groups.SelectMany(g => g.Terms).ToList();
            }
        }
        return null;
    }

    /// <summary>The second-pass score of a matching row: its best field per clause, spellings as typed, typed runs found together.</summary>
    public static LuceneQuery? Rank(CompiledQuery q, bool articles, SearchPlan? plan = null)
    {
        ArgumentNullException.ThrowIfNull(q);
        plan ??= SearchPlan.Default;
        var rank = new BooleanQuery(disableCoord: true);
        foreach (var clause in q.Clauses)
        {
            foreach (var p in clause)
            {
                switch (p.Field)
                {
                    case QueryField.Any:
                        var best = new DisjunctionMaxQuery(0);
                        best.Add(Boosted(Phrase(IndexFields.Of(IndexFields.Parties, articles), p), PartyWeight));
                        best.Add(Boosted(Phrase(IndexFields.Of(IndexFields.Title, articles), p), TitleWeight));
                        best.Add(Boosted(Phrase(IndexFields.Of(IndexFields.Subject, articles), p), SubjectWeight));
                        rank.Add(best, Occur.SHOULD);
                        break;
                    case QueryField.Party:
                        rank.Add(Boosted(Phrase(IndexFields.Of(IndexFields.Parties, articles), p), PartyWeight), Occur.SHOULD);
                        break;
                    default:
                        break;
                }
                if (p.UseExact)
                {
                    for (var i = 0; i < p.Exact.Count && i < p.Folded.Count; i++)
                    {
                        if (!string.Equals(p.Exact[i], p.Folded[i], StringComparison.Ordinal))
                        {
                            rank.Add(Boosted(new TermQuery(new Term(IndexFields.Of(IndexFields.Spelled, articles), p.Exact[i])), SpelledWeight), Occur.SHOULD);
                        }
                    }
                }
            }
        }
        foreach (var (_, _, phrase) in q.Proximity)
        {
            rank.Add(Boosted(Phrase(IndexFields.Of(IndexFields.Any, articles), phrase, plan, articles), ProximityWeight), Occur.SHOULD);
        }
        return rank.Clauses.Count == 0 ? null : rank;
    }

    private static string FieldOf(QueryField field, bool articles) => IndexFields.Of(
        field switch
        {
            QueryField.Party => IndexFields.Parties,
            QueryField.Place => IndexFields.Place,
            QueryField.Kind => IndexFields.Kind,
            _ => IndexFields.Any,
        },
        articles);

    /// <summary>
    /// An exact phrase on the combined text read from the pair field when the plan says so: two words one
    /// pair term, more a phrase of consecutive pairs (the same matches as the phrase of words). Agreement rows
    /// only: pairs over whole article bodies made an ingest 1.7x slower and the index 2.5x larger
    /// (docs/decisions.md), so an article search reads its phrases by position.
    /// </summary>
    private static LuceneQuery Phrase(string field, KeyPhrase p, SearchPlan plan, bool articles)
    {
        if (plan.Pairs && !articles && p.Slop == 0 && p.Folded.Count >= 2 && field == IndexFields.Any)
        {
            var pairs = IndexFields.Pairs;
            if (p.Folded.Count == 2)
            {
                return new TermQuery(new Term(pairs, p.Folded[0] + " " + p.Folded[1]));
            }
            var phrase = new PhraseQuery();
            for (var i = 0; i + 1 < p.Folded.Count; i++)
            {
                phrase.Add(new Term(pairs, p.Folded[i] + " " + p.Folded[i + 1]), i);
            }
            return phrase;
        }
        return Phrase(field, p);
    }

    /// <summary>One word as a term, several as a phrase of adjacent positions.</summary>
    private static LuceneQuery Phrase(string field, KeyPhrase p)
    {
        var words = p.Folded;
        if (words.Count == 1)
        {
            return new TermQuery(new Term(field, words[0]));
        }
        var phrase = new PhraseQuery { Slop = p.Slop };
        for (var i = 0; i < words.Count; i++)
        {
            phrase.Add(new Term(field, words[i]), i);
        }
        return phrase;
    }

    private static LuceneQuery Boosted(LuceneQuery q, float boost)
    {
        q.Boost = boost;
        return q;
    }

    /// <summary>A condition that adds nothing to the score.</summary>
    private static ConstantScoreQuery Filter(LuceneQuery q) => new(q) { Boost = 0 };
}
