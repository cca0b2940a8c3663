using Extraction.Index.Sqlite;
using Extraction.Index.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Extraction.Index.Tests;

public sealed class SqliteLayoutTests
{
    [Fact]
    public void A_file_with_the_older_key_layout_is_rekeyed_from_its_stored_articles_on_open()
    {
        var path = Path.Combine(Path.GetTempPath(), $"index-layout-{Guid.NewGuid():N}.db");
        try
        {
            using (var store = new SqliteAgreementStore(path, TestLexicon.Keys))
            {
                store.Upsert(Make.Article("e/ha-giang.txt", "Hội Nông dân tỉnh và Ủy ban MTTQ tỉnh Hà Giang ký kết chương trình phối hợp về giảm nghèo.", "Chương trình phối hợp", "giảm nghèo", "2021-04-02", ["Hội Nông dân tỉnh Hà Giang", "Ủy ban MTTQ tỉnh Hà Giang"]));
            }
            // The FTS5 layout (before posting bitmaps, then Lucene): a full-text table beside the docs rows.
            using (var raw = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
            {
                raw.Open();
                using var cmd = raw.CreateCommand();
                cmd.CommandText = """
                    PRAGMA user_version = 2;
                    CREATE VIRTUAL TABLE docs_fts USING fts5(p_f, t_f, s_f, b_f, k_f, l_f, y, content='', contentless_delete=1);
                    """;
                cmd.ExecuteNonQuery();
            }
            using (var store = new SqliteAgreementStore(path, TestLexicon.Keys))
            {
                var hits = store.Search(new SearchRequest("mặt trận giam ngheo year:2021")).Hits;
                Assert.Equal(["e/ha-giang.txt"], hits.Select(h => h.Source));
            }
        }
        finally
        {
            StoreFiles.Delete(path);
        }
    }
}
