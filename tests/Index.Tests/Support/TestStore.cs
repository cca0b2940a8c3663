using Extraction.Index.Postgres;
using Extraction.Index.Sqlite;
using Npgsql;

namespace Extraction.Index.Tests.Support;

/// <summary>A fresh, empty store of one backend: a temp SQLite file, or a new PostgreSQL schema; both removed on dispose.</summary>
internal sealed class TestStore : IDisposable
{
    private readonly string? file;
    private readonly string? schema;
    private readonly string? adminConnection;

    private TestStore(IAgreementStore store, string? file, string? schema, string? adminConnection, string db)
    {
        Store = store;
        this.file = file;
        this.schema = schema;
        this.adminConnection = adminConnection;
        Db = db;
    }

    public IAgreementStore Store { get; private set; }

    /// <summary>The --db value that opens this store again.</summary>
    public string Db { get; }

    public static TestStore Create(Backend backend)
    {
        if (backend == Backend.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"index-test-{Guid.NewGuid():N}.db");
            return new TestStore(new SqliteAgreementStore(path, TestLexicon.Keys), path, null, null, path);
        }
        var admin = Environment.GetEnvironmentVariable(PostgresBackendAttribute.Variable)
            ?? throw new InvalidOperationException(PostgresBackendAttribute.Variable + " is not set");
        var name = $"t_{Guid.NewGuid():N}";
        using (var c = new NpgsqlConnection(admin))
        {
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE SCHEMA {name}", c);
            cmd.ExecuteNonQuery();
        }
        var db = new NpgsqlConnectionStringBuilder(admin) { SearchPath = name }.ToString();
        return new TestStore(new PostgresAgreementStore(db, TestLexicon.Keys), null, name, admin, db);
    }

    /// <summary>Closes and opens the store again, as a second CLI run would.</summary>
    public void Reopen()
    {
        Store.Dispose();
        Store = schema is null ? new SqliteAgreementStore(Db, TestLexicon.Keys) : new PostgresAgreementStore(Db, TestLexicon.Keys);
    }

    public void Dispose()
    {
        var serverIndex = (Store as PostgresAgreementStore)?.IndexPath;
        Store.Dispose();
        if (serverIndex is not null && Directory.Exists(serverIndex))
        {
            Directory.Delete(serverIndex, recursive: true);
        }
        if (file is not null)
        {
            StoreFiles.Delete(file);
        }
        if (schema is not null)
        {
            using var c = new NpgsqlConnection(adminConnection);
            c.Open();
            using var cmd = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", c);
            cmd.ExecuteNonQuery();
        }
    }
}
