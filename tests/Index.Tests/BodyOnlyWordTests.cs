using Extraction.Index.Tests.Support;

namespace Extraction.Index.Tests;

/// <summary>A word found only in article bodies: the field-weight rescoring matches none of its fields and must still rank the hits.</summary>
public sealed class BodyOnlyWordTests
{
    [Theory, SqliteBackend, PostgresBackend]
    public void An_article_search_for_a_word_only_in_bodies_finds_every_article(Backend backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.UpsertMany(Enumerable.Range(0, 3).Select(i => Make.Article(
            $"b/{i}.txt",
            $"Hội Nông dân xã số {i} và Ủy ban MTTQ xã ký kết chương trình phối hợp. Ghi thêm zuvexqoratim cuối bài.",
            "Chương trình phối hợp",
            "giảm nghèo",
            "2023-05-02",
            [$"Hội Nông dân xã số {i}", "Ủy ban MTTQ xã"])));

        var found = t.Store.Search(new SearchRequest("zuvexqoratim", Articles: true));

        Assert.Equal(3, found.Total);
        Assert.Equal(3, found.Hits.Count);
    }
}
