using System.Reflection;
using Xunit.Sdk;

namespace Extraction.Index.Tests.Support;

/// <summary>
/// Runs a contract theory against PostgreSQL when AGREEMENTS_TEST_PG holds a connection string
/// (.ci/postgres.sh starts one); skipped with a message otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresBackendAttribute : DataAttribute
{
    public const string Variable = "AGREEMENTS_TEST_PG";

    public PostgresBackendAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set: run `export {Variable}=\"$(bash .ci/postgres.sh)\"` to test the PostgreSQL store.";
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[Backend.Postgres]];
}
