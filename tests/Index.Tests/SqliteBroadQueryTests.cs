using Extraction.Index.Sqlite;
using Extraction.Index.Tests.Support;

namespace Extraction.Index.Tests;

public sealed class SqliteBroadQueryTests
{
    [Fact]
    public void A_broad_query_counts_every_match_and_facet_exactly()
    {
        // More matches than the rescoring window and than the 2,000 the posting bitmaps used to rank.
        const int broadCount = 2001;
        using var t = TestStore.Create(Backend.Sqlite);
        var store = (SqliteAgreementStore)t.Store;
        var articles = Enumerable.Range(0, broadCount + 1).Select(i => Make.Article(
            $"f/{i:D5}.txt",
            "Hội Nông dân xã và Ủy ban MTTQ xã ký kết chương trình phối hợp về giảm nghèo bền vững.",
            "Chương trình phối hợp",
            "giảm nghèo bền vững",
            "2024-01-02",
            ["Hội Nông dân xã", "Ủy ban MTTQ xã"]));
        store.BulkLoad(articles);
        store.Upsert(Make.Article("f/quang-tri.txt", "Hội Nông dân tỉnh Quảng Trị và Ngân hàng Chính sách xã hội ký kết chương trình phối hợp về giảm nghèo.", "Chương trình phối hợp", "giảm nghèo", "2024-01-03", ["Hội Nông dân tỉnh Quảng Trị", "Ngân hàng Chính sách xã hội"]));

        var broad = store.Search(new SearchRequest("giam ngheo"));
        Assert.Equal(broadCount + 2, broad.Total);
        Assert.Equal(new FacetCount("2024", broadCount + 2), Assert.Single(broad.Facets["year"]));
        Assert.Contains(broad.Hits, h => h.Source == "f/quang-tri.txt");

        var narrow = store.Search(new SearchRequest("giam ngheo quang tri"));
        Assert.Equal(1, narrow.Total);
    }

    [Fact]
    public void Re_storing_an_article_moves_its_rows_and_the_old_rows_match_nothing()
    {
        using var t = TestStore.Create(Backend.Sqlite);
        var store = t.Store;
        store.Upsert(Make.Article("g/a.txt", "Hội Nông dân tỉnh Hà Giang và Ủy ban MTTQ tỉnh ký kết chương trình phối hợp về giảm nghèo.", "Chương trình phối hợp", "giảm nghèo", "2021-04-02", ["Hội Nông dân tỉnh Hà Giang", "Ủy ban MTTQ tỉnh Hà Giang"]));
        store.Upsert(Make.Article("g/a.txt", "Hội Nông dân tỉnh Hà Giang và Đoàn Thanh niên tỉnh ký kết chương trình phối hợp về khởi nghiệp.", "Chương trình phối hợp", "khởi nghiệp", "2022-05-03", ["Hội Nông dân tỉnh Hà Giang", "Đoàn Thanh niên tỉnh Hà Giang"]));

        Assert.Equal(0, store.Search(new SearchRequest("giam ngheo")).Total);
        Assert.Equal(0, store.Search(new SearchRequest("MTTQ")).Total);
        Assert.Equal(1, store.Search(new SearchRequest("khoi nghiep year:2022")).Total);
        Assert.Empty(store.Search(new SearchRequest("year:2021")).Hits);
    }
}
