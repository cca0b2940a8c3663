using System.Data.Common;
using System.Diagnostics;
using Extraction.Extract.Model;

namespace Extraction.Index.Storage;

/// <summary>
/// Stores many articles in batched transactions, both backends alike: each article sits behind a
/// savepoint, so a bad one is rolled back alone and everything stored before (and after) it stays.
/// A batch commits by count or by time; the transaction is open while the next article is pulled, so
/// what producing it writes to the store (near-duplicate signatures) commits with it.
/// </summary>
internal static class BatchedUpsert
{
    /// <param name="begin">Opens a transaction on the store's connection.</param>
    /// <param name="store">Writes one article inside the transaction.</param>
    /// <param name="isBadArticle">The failures that belong to the article (not to the connection).</param>
    /// <param name="beforeCommit">Writes what a store gathered over the batch (SQLite's posting changes) just before each commit.</param>
    /// <param name="afterCommit">Runs after each commit (the search index applies the batch).</param>
    public static UpsertReport Run(
        IEnumerable<ExtractedArticle> articles,
        WriteBatching batching,
        Func<DbTransaction> begin,
        Func<ExtractedArticle, DbTransaction, UpsertOutcome> store,
        Func<Exception, bool> isBadArticle,
        Action<DbTransaction>? beforeCommit = null,
        Action? afterCommit = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(batching);
        var stored = 0;
        var failed = new List<UpsertFailure>();
        DbTransaction? tx = null;
        var inBatch = 0;
        var clock = Stopwatch.StartNew();
        using var next = articles.GetEnumerator();
        try
        {
            while (true)
            {
                if (tx is null)
                {
                    tx = begin();
                    clock.Restart();
                }
                if (!next.MoveNext())
                {
                    break;
                }
                var article = next.Current;
                tx.Save("one");
                try
                {
                    var outcome = store(article, tx);
                    InputHashTable.Write(tx, article.Article.Source, article.Article.InputHash);
                    tx.Release("one");
                    stored++;
                    batching.Stored?.Invoke(article, outcome);
                }
                catch (Exception e) when (isBadArticle(e))
                {
                    tx.Rollback("one");
                    tx.Release("one");
                    failed.Add(new UpsertFailure(article?.Article?.Source ?? "?", e.Message));
                    batching.Failed?.Invoke(article!, e.Message);
                }
                if (++inBatch >= batching.MaxArticles || clock.Elapsed >= batching.MaxTime)
                {
                    beforeCommit?.Invoke(tx);
                    tx.Commit();
                    tx.Dispose();
                    tx = null;
                    inBatch = 0;
                    afterCommit?.Invoke();
                }
            }
            beforeCommit?.Invoke(tx);
            tx.Commit();
            tx.Dispose();
            tx = null;
            afterCommit?.Invoke();
        }
        finally
        {
            tx?.Dispose();
        }
        return new UpsertReport(stored, failed);
    }
}
