using Extraction.Index.Sqlite;
using Extraction.Index.Tests.Support;

namespace Extraction.Index.Tests;

public sealed class SqliteMatchCapTests
{
    [Fact]
    public void A_query_broader_than_the_cap_ranks_the_newest_matches_and_says_its_total_is_a_lower_bound()
    {
        using var t = TestStore.Create(Backend.Sqlite);
        var store = (SqliteAgreementStore)t.Store;
        var articles = Enumerable.Range(0, SqliteAgreementStore.MatchCap + 1).Select(i => Make.Article(
            $"f/{i:D5}.txt",
            "Hội Nông dân xã và Ủy ban MTTQ xã ký kết chương trình phối hợp về giảm nghèo bền vững.",
            "Chương trình phối hợp",
            "giảm nghèo bền vững",
            "2024-01-02",
            ["Hội Nông dân xã", "Ủy ban MTTQ xã"]));
        store.BulkLoad(articles);
        store.Upsert(Make.Article("f/quang-tri.txt", "Hội Nông dân tỉnh Quảng Trị và Ngân hàng Chính sách xã hội ký kết chương trình phối hợp về giảm nghèo.", "Chương trình phối hợp", "giảm nghèo", "2024-01-03", ["Hội Nông dân tỉnh Quảng Trị", "Ngân hàng Chính sách xã hội"]));

        var broad = store.Search(new SearchRequest("giam ngheo"));
        Assert.True(broad.Capped);
        Assert.Equal(SqliteAgreementStore.MatchCap, broad.Total);
        Assert.Contains(broad.Hits, h => h.Source == "f/quang-tri.txt");

        var narrow = store.Search(new SearchRequest("giam ngheo quang tri"));
        Assert.False(narrow.Capped);
        Assert.Equal(1, narrow.Total);
    }
}
