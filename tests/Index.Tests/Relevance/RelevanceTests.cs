using System.Globalization;
using Extraction.Index.Tests.Support;
using Xunit.Abstractions;

namespace Extraction.Index.Tests.Relevance;

/// <summary>The analyst relevance set: nDCG@10 over every way each need is typed, and full recall of the unaccented and abbreviated forms.</summary>
public sealed class RelevanceTests(ITestOutputHelper output)
{
    private const int K = 10;

    [Fact]
    public void The_set_has_at_least_thirty_needs_all_judged_against_agreements_that_exist()
    {
        var ids = AgreementIds();
        Assert.True(AnalystQueries.All.Count >= 30);
        Assert.All(AnalystQueries.All.SelectMany(n => n.Relevant.Keys), id => Assert.Contains(id, ids));
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Analyst_queries_reach_ndcg_at_10_of_0_99_and_full_recall_of_unaccented_and_abbreviated_forms(Backend backend)
    {
        using var t = TestStore.Create(backend);
        var report = t.Store.UpsertMany(GoldCorpus.Load());
        Assert.Empty(report.Failed);
        var ndcgs = new List<double>();
        var misses = new List<string>();
        foreach (var need in AnalystQueries.All)
        {
            foreach (var query in need.Queries)
            {
                var ranked = t.Store.Search(new SearchRequest(query, Limit: 50) { Facets = false }).Hits
                    .Select(h => $"{h.ArticleId}#{h.AgreementIndex}").ToList();
                var ndcg = Ndcg(ranked, need.Relevant);
                ndcgs.Add(ndcg);
                var missing = need.Relevant.Keys.Except(ranked).ToList();
                var mustRecall = query == need.Unaccented || query == need.Abbreviated;
                if (ndcg < 0.9 || (mustRecall && missing.Count > 0))
                {
                    misses.Add($"{query}: nDCG@10 {ndcg:F2}, missing [{string.Join(", ", missing)}], got [{string.Join(", ", ranked.Take(5))}]");
                }
            }
        }
        var mean = ndcgs.Average();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{backend}: {AnalystQueries.All.Count} needs, {ndcgs.Count} typed queries, mean nDCG@10 = {mean:F3}"));
        misses.ForEach(output.WriteLine);
        // Measured on Lucene: 1.000 with typed-out names as phrases (0.997 without); the bar was 0.9 before.
        Assert.True(mean >= 0.99, $"mean nDCG@10 {mean:F3} < 0.99");
        var recallMisses = AnalystQueries.All
            .SelectMany(n => new[] { n.Unaccented, n.Abbreviated }.OfType<string>().Select(q => (n, q)))
            .Where(x => misses.Any(m => m.StartsWith(x.q + ":", StringComparison.Ordinal) && !m.Contains("missing []", StringComparison.Ordinal)))
            .Select(x => x.q)
            .ToList();
        Assert.True(recallMisses.Count == 0, "incomplete recall for: " + string.Join(" | ", recallMisses) + "\n" + string.Join("\n", misses));
    }

    private static double Ndcg(List<string> ranked, IReadOnlyDictionary<string, int> relevant)
    {
        var dcg = ranked.Take(K).Select((id, i) => Gain(relevant.GetValueOrDefault(id)) / Math.Log2(i + 2)).Sum();
        var ideal = relevant.Values.OrderDescending().Take(K).Select((g, i) => Gain(g) / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 1 : dcg / ideal;
    }

    private static double Gain(int grade) => Math.Pow(2, grade) - 1;

    private static HashSet<string> AgreementIds() =>
        GoldCorpus.Load().SelectMany(a => a.Agreements.Select((_, i) => $"{a.Article.Id}#{i}")).ToHashSet(StringComparer.Ordinal);
}
