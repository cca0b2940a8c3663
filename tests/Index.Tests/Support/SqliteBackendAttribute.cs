using System.Reflection;
using Xunit.Sdk;

namespace Extraction.Index.Tests.Support;

/// <summary>Runs a contract theory against SQLite (always available: it is embedded).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteBackendAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[Backend.Sqlite]];
}
