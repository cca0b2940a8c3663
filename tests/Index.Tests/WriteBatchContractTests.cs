using Extraction.Extract.Model;
using Extraction.Index.Tests.Support;
using Extraction.Ingest.Duplicates;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Extraction.Index.Tests;

/// <summary>What an ingest's batched writer relies on, on both backends: per-article outcomes, input hashes, near-duplicate rows in the batch.</summary>
public sealed class WriteBatchContractTests
{
    private const string Text = "Sáng 09/5, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và Sở Lao động - Thương binh và Xã hội tỉnh đã kí kết Chương trình phối hợp.";

    private static ExtractedArticle Hashed(string source, string hash, string? id = null)
    {
        var a = Make.Article(source, Text, id: id);
        return a with { Article = a.Article with { InputHash = hash } };
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Batched_upsert_reports_each_outcome_in_order_and_stores_each_input_hash(Backend backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.Upsert(Make.Article("https://example.vn/2", Text, id: "old"));
        var outcomes = new List<(string, UpsertOutcome)>();

        var report = t.Store.UpsertMany(
            [Hashed("a/1.txt", "h1"), Hashed("https://example.vn/2", "h2", id: "new"), Hashed("a/1.txt", "h1")],
            new WriteBatching { MaxArticles = 2, Stored = (a, o) => outcomes.Add((a.Article.Source, o)) });

        Assert.Equal(3, report.Stored);
        Assert.Equal([("a/1.txt", UpsertOutcome.Added), ("https://example.vn/2", UpsertOutcome.Replaced), ("a/1.txt", UpsertOutcome.Updated)], outcomes);
        Assert.Equal([("a/1.txt", "h1"), ("https://example.vn/2", "h2")], t.Store.InputHashes().Order().ToList());
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void A_store_from_before_input_hashes_gains_the_table_when_opened(Backend backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.Upsert(Make.Article("a/1.txt", Text));
        Drop(t, "input_hashes");

        t.Reopen();
        t.Store.UpsertMany([Hashed("a/2.txt", "h2")], new WriteBatching());

        Assert.Equal([("a/2.txt", "h2")], t.Store.InputHashes().ToList());
        Assert.NotNull(t.Store.Get("id-a/1.txt"));
    }

    [Fact]
    public void Sqlite_near_duplicate_rows_written_while_a_batch_is_open_join_it()
    {
        using var t = TestStore.Create(Backend.Sqlite);
        var detector = new NearDuplicateDetector(t.Store.NearDuplicates);
        var articles = Enumerable.Range(0, 5).Select(i => Make.Article($"a/{i}.txt", SyntheticText(i), id: $"id{i}"));

        // Assigning inside the enumeration runs while UpsertMany's transaction is open: it must not throw.
        var report = t.Store.UpsertMany(articles.Select(a => a with { Article = detector.Assign(a.Article) }), new WriteBatching { MaxArticles = 2 });

        Assert.Equal(5, report.Stored);
        Assert.Empty(report.Failed);
    }

    private static string SyntheticText(int i) =>
        string.Join(' ', Enumerable.Range(0, 60).Select(k => $"từ{(i * 7919 + k * 104729) % 100003}"));

    private static void Drop(TestStore t, string table)
    {
        t.Store.Dispose();
        if (t.Db.Contains('=', StringComparison.Ordinal) && !File.Exists(t.Db))
        {
            using var pg = new NpgsqlConnection(t.Db);
            pg.Open();
            using var cmd = new NpgsqlCommand($"DROP TABLE {table}", pg);
            cmd.ExecuteNonQuery();
            return;
        }
        using var lite = new SqliteConnection($"Data Source={t.Db};Pooling=False");
        lite.Open();
        using var drop = lite.CreateCommand();
        drop.CommandText = $"DROP TABLE {table}";
        drop.ExecuteNonQuery();
    }
}
