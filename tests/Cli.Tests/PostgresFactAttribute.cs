namespace Extraction.Cli.Tests;

/// <summary>A fact that needs the test PostgreSQL (AGREEMENTS_TEST_PG); skipped with a message when it is not set.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresSharedDataFactAttribute.Variable)))
        {
            Skip = $"{PostgresSharedDataFactAttribute.Variable} is not set: run `export {PostgresSharedDataFactAttribute.Variable}=\"$(bash .ci/postgres.sh)\"` to test the job queue.";
        }
    }
}
