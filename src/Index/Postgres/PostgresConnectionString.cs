using Npgsql;

namespace Extraction.Index.Postgres;

/// <summary>Accepts both a postgres:// URL and an Npgsql keyword string.</summary>
public static class PostgresConnectionString
{
    public static string Normalise(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var s = db.Trim();
        if (!s.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !s.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return s;
        }
        var uri = new Uri(s);
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                b.Password = Uri.UnescapeDataString(parts[1]);
            }
        }
        return b.ToString();
    }
}
