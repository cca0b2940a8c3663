namespace Extraction.Cli.Tests;

/// <summary>A fact that needs the test PostgreSQL (AGREEMENTS_TEST_PG) and ../shared; skipped with a message when either is absent.</summary>
public sealed class PostgresSharedDataFactAttribute : FactAttribute
{
    public const string Variable = "AGREEMENTS_TEST_PG";

    public PostgresSharedDataFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set: run `export {Variable}=\"$(bash .ci/postgres.sh)\"` to test workers on PostgreSQL.";
        }
        else if (!Directory.Exists(RepoPaths.Shared))
        {
            Skip = $"needs {RepoPaths.Shared} (third-party data, present in CI)";
        }
    }
}
