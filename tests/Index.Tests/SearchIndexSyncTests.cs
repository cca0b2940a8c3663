using Extraction.Index.Sqlite;
using Extraction.Index.Tests.Support;

namespace Extraction.Index.Tests;

/// <summary>The search index is derived data: it catches up from the store's change sequence, whatever crashed when.</summary>
public sealed class SearchIndexSyncTests
{
    private static Extract.Model.ExtractedArticle Article(int i) => Make.Article(
        $"s/{i:D3}.txt",
        $"Hội Nông dân xã số {i} và Ủy ban MTTQ xã ký kết chương trình phối hợp về giảm nghèo.",
        "Chương trình phối hợp",
        "giảm nghèo",
        "2023-05-02",
        [$"Hội Nông dân xã số {i}", "Ủy ban MTTQ xã"]);

    [Theory, SqliteBackend, PostgresBackend]
    public void Rows_stored_but_never_committed_to_the_index_are_found_after_reopening(Backend backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.UpsertMany(Enumerable.Range(0, 5).Select(Article));
        t.Reopen();
        t.Store.UpsertMany(Enumerable.Range(5, 7).Select(Article));
        Assert.Equal(12, t.Store.Search(new SearchRequest("giam ngheo")).Total);

        // As a kill -9 after the store's commit: the index drops all it applied since its last commit.
        if (t.Store is SqliteAgreementStore sqlite)
        {
            sqlite.LoseUncommittedIndex();
        }
        else
        {
            ((Postgres.PostgresAgreementStore)t.Store).LoseUncommittedIndex();
        }
        t.Reopen();

        var after = t.Store.Search(new SearchRequest("giam ngheo"));
        Assert.Equal(12, after.Total);
        Assert.Equal(new FacetCount("2023", 12), Assert.Single(after.Facets["year"]));
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void A_source_stored_again_in_its_first_batch_or_a_later_one_is_found_once(Backend backend)
    {
        using var t = TestStore.Create(backend);
        // s/000 is new and stored twice in one batch (no rows of it in the index yet), then again in the next batch.
        t.Store.UpsertMany([Article(0), Article(1), Article(0)], new WriteBatching { MaxArticles = 3 });
        t.Store.UpsertMany([Article(0)], new WriteBatching());

        var found = t.Store.Search(new SearchRequest("giam ngheo"));

        Assert.Equal(2, found.Total);
        Assert.Equal(2, found.Hits.Select(h => h.Source).Distinct().Count());
    }

    [Fact]
    public void A_deleted_index_folder_is_rebuilt_from_the_store_on_open_and_reindex_rebuilds_it_in_place()
    {
        using var t = TestStore.Create(Backend.Sqlite);
        t.Store.UpsertMany(Enumerable.Range(0, 4).Select(Article));
        t.Store.Dispose();
        Directory.Delete(SqliteAgreementStore.IndexPath(t.Db), recursive: true);
        t.Reopen();
        Assert.Equal(4, t.Store.Search(new SearchRequest("giam ngheo")).Total);

        t.Store.Reindex();
        Assert.Equal(4, t.Store.Search(new SearchRequest("giam ngheo")).Total);
        Assert.Equal(4, t.Store.Search(new SearchRequest("")).Total);
    }
}
