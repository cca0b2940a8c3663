using Extraction.Index.Sqlite;
using Extraction.Index.Tests.Support;
using Extraction.Ingest.Duplicates;
using Extraction.Ingest.Tests;

namespace Extraction.Index.Tests;

/// <summary>Near-duplicate signatures kept in the SQLite file rather than in memory: the grouping must not change.</summary>
public sealed class SqliteNearDuplicateTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"index-dups-{Guid.NewGuid():N}.db");

    [Fact]
    public void A_copy_far_behind_its_first_in_a_batch_still_joins_it()
    {
        using var store = new SqliteAgreementStore(path, TestLexicon.Keys);
        var detector = new NearDuplicateDetector(store.NearDuplicates);
        var story = SyntheticStories.Story(0);
        Assert.Null(detector.Assign(story).DuplicateOf);
        for (var i = 1; i <= 300; i++)
        {
            Assert.Null(detector.Assign(SyntheticStories.Story(i)).DuplicateOf);
        }
        Assert.Equal(story.Id, detector.Assign(SyntheticStories.Copy(0)).DuplicateOf);
    }

    [Fact]
    public void A_copy_ingested_in_a_later_run_joins_the_first_a_former_run_kept()
    {
        var story = SyntheticStories.Story(7);
        using (var first = new SqliteAgreementStore(path, TestLexicon.Keys))
        {
            Assert.Null(new NearDuplicateDetector(first.NearDuplicates).Assign(story).DuplicateOf);
        }
        using var later = new SqliteAgreementStore(path, TestLexicon.Keys);
        var detector = new NearDuplicateDetector(later.NearDuplicates);
        Assert.Equal(story.Id, detector.Assign(SyntheticStories.Copy(7)).DuplicateOf);
        Assert.Equal(story.Id, detector.Assign(story with { Source = "mirror/7.txt" }).DuplicateOf);
    }

    [Fact]
    public void Reingesting_a_source_keeps_its_verdict()
    {
        var story = SyntheticStories.Story(3);
        var copy = SyntheticStories.Copy(3);
        using (var first = new SqliteAgreementStore(path, TestLexicon.Keys))
        {
            var detector = new NearDuplicateDetector(first.NearDuplicates);
            detector.Assign(story);
            detector.Assign(copy);
        }
        using var again = new SqliteAgreementStore(path, TestLexicon.Keys);
        var rerun = new NearDuplicateDetector(again.NearDuplicates);
        Assert.Null(rerun.Assign(story).DuplicateOf);
        Assert.Equal(story.Id, rerun.Assign(copy).DuplicateOf);
    }

    [Fact]
    public void The_store_and_memory_group_a_batch_alike()
    {
        var batch = Enumerable.Range(0, 60).SelectMany(i => i % 3 == 0 ? [SyntheticStories.Story(i), SyntheticStories.Copy(i)] : new[] { SyntheticStories.Story(i) }).ToList();
        using var store = new SqliteAgreementStore(path, TestLexicon.Keys);
        var stored = new NearDuplicateDetector(store.NearDuplicates);
        var inMemory = new NearDuplicateDetector();
        Assert.Equal(batch.Select(a => inMemory.Assign(a).DuplicateOf), batch.Select(a => stored.Assign(a).DuplicateOf));
    }

    public void Dispose()
    {
        StoreFiles.Delete(path);
    }
}
