using Microsoft.Data.Sqlite;

namespace Extraction.Index.Sqlite;

/// <summary>A cached prepared command per SQL text on one connection: the hot statements are compiled once.</summary>
internal sealed class PreparedCommands : IDisposable
{
    private const int Limit = 256;

    private readonly SqliteConnection connection;
    private readonly Dictionary<string, SqliteCommand> prepared = new(StringComparer.Ordinal);

    public PreparedCommands(SqliteConnection connection) => this.connection = connection;

    public SqliteCommand Command(string sql, SqliteTransaction? tx, params (string Name, object? Value)[] parameters)
    {
        if (!prepared.TryGetValue(sql, out var cmd))
        {
            if (prepared.Count > Limit)
            {
                Dispose();
            }
            cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            prepared[sql] = cmd;
        }
        cmd.Transaction = tx;
        cmd.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return cmd;
    }

    public int Run(string sql, SqliteTransaction? tx, params (string, object?)[] parameters) => Command(sql, tx, parameters).ExecuteNonQuery();

    public object? Scalar(string sql, SqliteTransaction? tx, params (string, object?)[] parameters) => Command(sql, tx, parameters).ExecuteScalar();

    public void Execute(string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var cmd in prepared.Values)
        {
            cmd.Dispose();
        }
        prepared.Clear();
    }
}
