using System.Data.Common;
using Extraction.Extract.Model;

namespace Extraction.Index.Storage;

/// <summary>
/// Stores many articles in batched transactions, both backends alike: each article sits behind a
/// savepoint, so a bad one is rolled back alone and everything stored before (and after) it stays.
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
        int batchSize,
        Func<DbTransaction> begin,
        Action<ExtractedArticle, DbTransaction> store,
        Func<Exception, bool> isBadArticle,
        Action<DbTransaction>? beforeCommit = null,
        Action? afterCommit = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var stored = 0;
        var failed = new List<UpsertFailure>();
        DbTransaction? tx = null;
        var inBatch = 0;
        try
        {
            foreach (var article in articles)
            {
                tx ??= begin();
                tx.Save("one");
                try
                {
                    store(article, tx);
                    tx.Release("one");
                    stored++;
                }
                catch (Exception e) when (isBadArticle(e))
                {
                    tx.Rollback("one");
                    tx.Release("one");
                    failed.Add(new UpsertFailure(article?.Article?.Source ?? "?", e.Message));
                }
                if (++inBatch >= batchSize)
                {
                    beforeCommit?.Invoke(tx);
                    tx.Commit();
                    tx.Dispose();
                    tx = null;
                    inBatch = 0;
                    afterCommit?.Invoke();
                }
            }
            if (tx is not null)
            {
                beforeCommit?.Invoke(tx);
                tx.Commit();
                tx.Dispose();
                tx = null;
                afterCommit?.Invoke();
            }
        }
        finally
        {
            tx?.Dispose();
        }
        return new UpsertReport(stored, failed);
    }
}
