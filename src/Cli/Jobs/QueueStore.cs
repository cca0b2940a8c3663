using Extraction.Index;

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
}
