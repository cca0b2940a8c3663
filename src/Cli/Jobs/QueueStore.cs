using Extraction.Index;
using Extraction.Index.Postgres;

namespace Extraction.Cli.Jobs;

/// <summary>The queue lives in the team's PostgreSQL: on a SQLite file the queue commands say so and what to run instead.</summary>
internal static class QueueStore
{
    public static string RequirePostgres(string db, string command)
    {
        if (!AgreementStore.IsConnectionString(db))
        {
            throw new UserErrorException($"{command} needs a PostgreSQL store (--db postgres://… or ${Commands.CommonOptions.DbVariable}): the job queue lives there; on a SQLite file run `agreements ingest`");
        }
        return db;
    }

    /// <summary>The store as a worker writes it: rows and change sequence, no search index of its own (see <see cref="PostgresAgreementStore"/>).</summary>
    public static PostgresAgreementStore OpenForWorker(string db)
    {
        try
        {
            return new PostgresAgreementStore(db, null, searchIndex: false);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or System.Data.Common.DbException)
        {
            throw new UserErrorException($"{AgreementStore.Describe(db)}: cannot open database: {e.Message}", e);
        }
    }
}
