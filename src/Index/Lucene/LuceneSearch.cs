using System.Diagnostics;
using System.Globalization;
using Extraction.Index.Query;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Extraction.Index.Lucene;

/// <summary>
/// Runs a compiled query on the index: one pass counts every match and its facets and keeps the best
/// <see cref="SearchPlan.RescoreWindow"/> by BM25 on the combined text field; those are rescored with the field
/// weights (<see cref="QueryPlan.Rank"/>) and the page is cut from them. By date (or with no words)
/// the pass keeps the newest instead and nothing is rescored.
/// </summary>
internal static class LuceneSearch
{
    public sealed record Result(int Total, List<(long RowId, double Score)> Page, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);

    public static Result Run(IndexSearcher searcher, CompiledQuery q, SearchRequest request, SearchPlan? plan = null, SearchPhases? phases = null)
    {
        try
        {
            return RunQuery(searcher, q, request, plan, phases);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            // A pasted page as the query: each word is looked up in several forms, and past the engine's clause limit
            // it would fail as an internal error instead of telling the user what to change.
            throw new QuerySyntaxException(
                $"too long: its words and phrases make more than {BooleanQuery.MaxClauseCount.ToString("N0", CultureInfo.InvariantCulture)} search clauses; search a phrase in quotes, or fewer words.");
        }
    }

    private static Result RunQuery(IndexSearcher searcher, CompiledQuery q, SearchRequest request, SearchPlan? plan, SearchPhases? phases)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(request);
        plan ??= SearchPlan.Default;
        var offset = Math.Max(0, request.Offset);
        var limit = Math.Max(0, request.Limit);
        var keep = Math.Max(1, offset + limit);
        var started = Stopwatch.GetTimestamp();
        var match = QueryPlan.Match(q, request.Articles, plan, searcher.IndexReader);
        var byDate = request.SortByDate || !q.HasPositiveText;
        var window = Math.Max(keep, plan.RescoreWindow);
        var threads = byDate || searcher.IndexReader.MaxDoc < plan.ThreadsFromDocs ? 1 : Math.Max(1, plan.Threads);
        FacetCollector collector;
        TopDocs docs;
        if (threads > 1)
        {
            // The ranked pass split by documents, one range per thread; the parts' best hits and counts merged.
            // A words-first filter is applied by each part over its own range rather than by every part over the whole segment.
            var wordsFirst = match is FilteredQuery { Filter: WordsFirstFilter f } ? f : null;
            var weight = searcher.CreateNormalizedWeight(wordsFirst is null ? match : ((FilteredQuery)match).Query);
            var ranges = DocRanges.Cut(searcher.IndexReader.Leaves, threads);
            var tops = ranges.Select(_ => TopScoreDocCollector.Create(window, docsScoredInOrder: true)).ToArray();
            var parts = tops.Select(t => new FacetCollector(t, request.Facets)).ToArray();
            DocRanges.Run(threads, i => DocRanges.Collect(weight, ranges[i], parts[i], wordsFirst));
            collector = parts[0];
            foreach (var part in parts.Skip(1))
            {
                collector.Add(part);
            }
            docs = DocRanges.Merge(tops.Select(t => t.GetTopDocs()), window);
        }
        else
        {
            ITopDocsCollector top = byDate
                ? TopFieldCollector.Create(NewestFirst, keep, fillFields: false, trackDocScores: !request.SortByDate && q.HasPositiveText, trackMaxScore: false, docsScoredInOrder: true)
                : TopScoreDocCollector.Create(window, docsScoredInOrder: true);
            collector = new FacetCollector((ICollector)top, request.Facets);
            searcher.Search(match, collector);
            docs = top.GetTopDocs();
        }
        var matched = Stopwatch.GetTimestamp();
        if (!byDate && QueryPlan.Rank(q, request.Articles, plan) is { } rank && docs.ScoreDocs.Length > 0)
        {
            docs = FieldWeightRescorer.Rescore(searcher, docs, rank, plan, phases, threads);
        }
        var rescored = Stopwatch.GetTimestamp();
        var rows = Rows(searcher.IndexReader, docs.ScoreDocs);
        if (!byDate)
        {
            // Equal scores: newer first, then the row id, as every engine of this store has ordered them.
            rows.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : b.Date != a.Date ? b.Date.CompareTo(a.Date) : a.RowId.CompareTo(b.RowId));
        }
        var page = rows.Skip(offset).Take(limit).Select(r => (r.RowId, r.Score)).ToList();
        var facets = request.Facets ? collector.Facets() : new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        if (phases is not null)
        {
            var end = Stopwatch.GetTimestamp();
            phases.Match += matched - started;
            phases.Rescore += rescored - matched;
            phases.Rows += end - rescored;
        }
        return new Result(collector.Total, page, facets);
    }

    private static readonly Sort NewestFirst = new(
        new SortField(IndexFields.Date, SortFieldType.INT32, reverse: true),
        new SortField(IndexFields.RowId, SortFieldType.INT64));

    private static List<(long RowId, int Date, double Score)> Rows(IndexReader reader, ScoreDoc[] hits)
    {
        var leaves = reader.Leaves;
        var rows = new List<(long, int, double)>(hits.Length);
        foreach (var hit in hits)
        {
            var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
            var doc = hit.Doc - leaf.DocBase;
            var id = leaf.AtomicReader.GetNumericDocValues(IndexFields.RowId).Get(doc);
            var date = (int)leaf.AtomicReader.GetNumericDocValues(IndexFields.Date).Get(doc);
            rows.Add((id, date, float.IsNaN(hit.Score) ? 0 : hit.Score));
        }
        return rows;
    }
}
