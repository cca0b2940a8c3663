using System.Globalization;
using Npgsql;

namespace Extraction.Cli.Tests;

/// <summary>A database of its own on the test server, dropped afterwards: other tests share the server.</summary>
internal sealed class ScratchDatabase : IDisposable
{
    private readonly string server = Environment.GetEnvironmentVariable(PostgresSharedDataFactAttribute.Variable)!;
    private readonly string name = "jobs_" + Guid.NewGuid().ToString("N")[..12];

    public ScratchDatabase()
    {
        Admin($"CREATE DATABASE {name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    public string ConnectionString { get; }

    public long Count(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        try
        {
            return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0; // a worker has not created the tables yet
        }
    }

    public List<string> Texts(string sql) => Column(sql, r => r.GetString(0));

    public List<long> Ids(string sql) => Column(sql, r => r.GetInt64(0));

    private List<T> Column<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        using var r = cmd.ExecuteReader();
        var values = new List<T>();
        while (r.Read())
        {
            values.Add(read(r));
        }
        return values;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Admin($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString());
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        cmd.ExecuteNonQuery();
    }
}
