using Extraction.Extract.Model;
using Extraction.Index.Indexing;
using Extraction.Index.Lucene;
using Extraction.Index.Lucene.Analysis;
using Extraction.Index.Query;
using Extraction.Index.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Extraction.Index.Tests;

/// <summary>The faster query plans find exactly the rows the plain plan finds: only how they get there differs.</summary>
public sealed class SearchPlanTests
{
    private static readonly ExtractedArticle[] Articles =
    [
        Make.Article("a.txt", "UBND huyện Krông Pắc và Hội Nông dân tỉnh Đắk Lắk ký kết chương trình giảm nghèo bền vững.", kind: "chương trình phối hợp", subject: "giảm nghèo bền vững", signedOn: "2021-03-04", parties: ["UBND huyện Krông Pắc", "Hội Nông dân tỉnh Đắk Lắk"]),
        Make.Article("b.txt", "Ủy ban nhân dân xã Tân Phú và Công an xã ký quy chế về an ninh trật tự khu dân cư.", kind: "quy chế", subject: "an ninh trật tự", signedOn: "2022-05-06", parties: ["Ủy ban nhân dân xã Tân Phú", "Công an xã Tân Phú"]),
        Make.Article("c.txt", "Hội Nông dân và Ngân hàng Chính sách xã hội bàn về nghèo bền vững, giảm chi phí, trật tự an ninh.", kind: "thỏa thuận", subject: "vốn vay", signedOn: "2020-01-02", parties: ["Hội Nông dân huyện", "Ngân hàng Chính sách xã hội huyện"]),
        Make.Article("e.txt", "Sở Lao động - Thương binh và Xã hội tỉnh Bến Tre và Hội Nông dân tỉnh ký chương trình giảm nghèo.", kind: "chương trình phối hợp", subject: "giảm nghèo", signedOn: "2024-02-03", parties: ["Sở Lao động - Thương binh và Xã hội tỉnh Bến Tre", "Hội Nông dân tỉnh Bến Tre"]),
        Make.Article("d.txt", "Bài viết về Ủy ban nhân dân và an ninh trật tự, không có thỏa thuận nào.", published: new DateOnly(2023, 1, 1)),
    ];

    private static readonly SearchPlan Plain = SearchPlan.Default with { Pairs = false, KindFromFields = false };

    [Theory]
    [InlineData("\"giảm nghèo bền vững\"")]
    [InlineData("\"an ninh trật tự\" khu dân cư")]
    [InlineData("\"nghèo bền\"")]
    [InlineData("UBND")]
    [InlineData("\"Ủy ban nhân dân\" -\"trật tự an ninh\"")]
    [InlineData("\"Nông dân Ngân hàng\"")]
    [InlineData("Hội Nông dân giảm nghèo")]
    public void Phrases_read_from_the_pair_field_match_the_same_rows(string query)
    {
        using var index = Build();
        foreach (var articles in new[] { false, true })
        {
            var plain = Rows(index, query, articles, Plain);
            Assert.Equal(plain, Rows(index, query, articles, Plain with { Pairs = true }));
            Assert.Equal(plain, Rows(index, query, articles, Plain with { KindFromFields = true }));
        }
    }

    [Theory]
    [InlineData("Ủy ban nhân dân xã Tân Phú an ninh")]
    [InlineData("Ngân hàng Chính sách xã hội Hội Nông dân")]
    [InlineData("UBND huyện giảm nghèo")]
    [InlineData("party:\"Công an\" an ninh trật tự")]
    [InlineData("\"an ninh trật tự\" khu dân cư")]
    [InlineData("sở lao động thương binh xã hội giảm nghèo")]
    [InlineData("Lao động Thương binh và Xã hội Hội Nông dân")]
    public void Words_found_first_match_the_same_rows_in_the_same_order(string query)
    {
        using var index = Build();
        foreach (var articles in new[] { false, true })
        {
            var plain = Page(index, query, articles, SearchPlan.Default with { WordsFirst = WordsFirstWhen.Never });
            Assert.True(articles || plain.Count > 0, query);
            Assert.Equal(plain, Page(index, query, articles, SearchPlan.Default with { WordsFirst = WordsFirstWhen.Phrase }));
        }
    }

    [Theory]
    [InlineData("Ủy ban nhân dân xã Tân Phú an ninh")]
    [InlineData("Hội Nông dân giảm nghèo bền vững")]
    [InlineData("UBND")]
    [InlineData("party:\"Công an\" trật tự")]
    [InlineData("nghèo bền vững")]
    public void The_second_pass_split_by_clause_ranks_as_the_rank_query_does(string query)
    {
        using var index = Build();
        var whole = SearchPlan.Default with { PhrasesSeeHitsOnly = false };
        foreach (var articles in new[] { false, true })
        {
            var expected = Scored(index, query, articles, whole);
            Assert.True(articles || expected.Count > 0, query);
            var actual = Scored(index, query, articles, whole with { PhrasesSeeHitsOnly = true });
            Assert.Equal(expected.Select(e => e.RowId), actual.Select(a => a.RowId));
            Assert.All(expected.Zip(actual), p => Assert.Equal(p.First.Score, p.Second.Score, 1e-4));
        }
    }

    [Theory]
    [InlineData("Ủy ban nhân dân xã Tân Phú an ninh")]
    [InlineData("Hội Nông dân giảm nghèo bền vững")]
    [InlineData("UBND")]
    [InlineData("party:\"Công an\" trật tự")]
    [InlineData("\"an ninh trật tự\" khu dân cư")]
    [InlineData("sở lao động thương binh xã hội giảm nghèo")]
    [InlineData("nghèo OR trật tự -\"Bến Tre\"")]
    public void A_search_split_over_threads_finds_ranks_and_counts_as_one_pass(string query)
    {
        using var index = Build();
        var one = SearchPlan.Default with { Threads = 1 };
        foreach (var threads in new[] { 2, 3, 7 })
        {
            // Every doc count splits: the small index is cut into ranges as a large one would be.
            var split = SearchPlan.Default with { Threads = threads, ThreadsFromDocs = 0 };
            var expected = Run(index, query, one);
            var actual = Run(index, query, split);
            Assert.True(expected.Total > 0, query);
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Page.Select(p => p.RowId), actual.Page.Select(p => p.RowId));
            Assert.All(expected.Page.Zip(actual.Page), p => Assert.Equal(p.First.Score, p.Second.Score, 1e-6));
            Assert.All(expected.Facets, f => Assert.Equal(f.Value, actual.Facets[f.Key]));
        }
    }

    [Fact]
    public void Doc_ranges_cover_every_document_once_in_order()
    {
        using var index = Build();
        Assert.Equal(2, index.Leaves.Count);
        foreach (var parts in new[] { 1, 2, 3, 50 })
        {
            var ranges = DocRanges.Cut(index.Leaves, parts);
            Assert.Equal(parts, ranges.Length);
            var docs = ranges.SelectMany(r => r).SelectMany(r => Enumerable.Range(r.Leaf.DocBase + r.From, r.To - r.From)).ToList();
            Assert.Equal(Enumerable.Range(0, index.MaxDoc), docs);
        }
    }

    [Fact]
    public void A_phrase_spanning_two_parties_matches_through_no_pair()
    {
        using var index = Build();
        Assert.Empty(Rows(index, "\"Nông dân Ngân hàng\"", articles: false, Plain with { Pairs = true }));
        Assert.NotEmpty(Rows(index, "\"nghèo bền\"", articles: false, Plain with { Pairs = true }));
    }

    private static List<long> Rows(DirectoryReader reader, string query, bool articles, SearchPlan plan)
    {
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var request = new SearchRequest(query) { Articles = articles, Limit = 100 };
        var compiled = QueryCompiler.Compile(QueryParser.Parse(query, request), TestLexicon.Keys);
        var result = LuceneSearch.Run(searcher, compiled, request, plan);
        Assert.Equal(result.Page.Count, result.Total);
        return result.Page.Select(p => p.RowId).Order().ToList();
    }

    private static LuceneSearch.Result Run(DirectoryReader reader, string query, SearchPlan plan)
    {
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var request = new SearchRequest(query) { Limit = 100 };
        return LuceneSearch.Run(searcher, QueryCompiler.Compile(QueryParser.Parse(query, request), TestLexicon.Keys), request, plan);
    }

    /// <summary>The page in rank order.</summary>
    private static List<long> Page(DirectoryReader reader, string query, bool articles, SearchPlan plan) =>
        Scored(reader, query, articles, plan).Select(p => p.RowId).ToList();

    private static List<(long RowId, double Score)> Scored(DirectoryReader reader, string query, bool articles, SearchPlan plan)
    {
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var request = new SearchRequest(query) { Articles = articles, Limit = 100 };
        var compiled = QueryCompiler.Compile(QueryParser.Parse(query, request), TestLexicon.Keys);
        return LuceneSearch.Run(searcher, compiled, request, plan).Page;
    }

    private static DirectoryReader Build()
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new VietnameseAnalyzer(TestLexicon.Keys)) { Similarity = new BM25Similarity() }))
        {
            var id = 0L;
            var documents = new IndexDocuments(TestLexicon.Keys);
            foreach (var article in Articles)
            {
                foreach (var doc in DocBuilder.Build(article))
                {
                    documents.Add(writer, ++id, article.Article.Source, doc);
                }
                if (article == Articles[1])
                {
                    // Two segments: a split search cuts across and within them.
                    writer.Commit();
                }
            }
            writer.Commit();
        }
        return DirectoryReader.Open(directory);
    }
}
