using Extraction.Index.Sqlite;
using Extraction.Index.Tests.Support;

namespace Extraction.Index.Tests;

public sealed class SqliteSharedFileTests
{
    [Fact]
    public void A_search_sees_what_another_connection_stored_after_its_previous_search()
    {
        var path = Path.Combine(Path.GetTempPath(), $"index-shared-{Guid.NewGuid():N}.db");
        try
        {
            using var reader = new SqliteAgreementStore(path, TestLexicon.Keys);
            using var writer = new SqliteAgreementStore(path, TestLexicon.Keys);
            writer.Upsert(Make.Article("h/one.txt", "Hội Nông dân tỉnh Hà Giang và Ủy ban MTTQ tỉnh ký kết chương trình phối hợp về giảm nghèo.", "Chương trình phối hợp", "giảm nghèo", "2021-04-02", ["Hội Nông dân tỉnh Hà Giang", "Ủy ban MTTQ tỉnh Hà Giang"]));
            Assert.Equal(1, reader.Search(new SearchRequest("giam ngheo")).Total);

            writer.Upsert(Make.Article("h/two.txt", "Hội Nông dân tỉnh Cao Bằng và Ủy ban MTTQ tỉnh ký kết chương trình phối hợp về giảm nghèo.", "Chương trình phối hợp", "giảm nghèo", "2022-04-02", ["Hội Nông dân tỉnh Cao Bằng", "Ủy ban MTTQ tỉnh Cao Bằng"]));

            var after = reader.Search(new SearchRequest("giam ngheo"));
            Assert.Equal(2, after.Total);
            Assert.Contains(after.Facets["year"], f => f.Value == "2022");
        }
        finally
        {
            StoreFiles.Delete(path);
        }
    }
}
