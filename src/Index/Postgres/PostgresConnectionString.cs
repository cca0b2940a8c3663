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

    /// <summary>The connection string as messages may show it: any password replaced by "***", whatever the form.</summary>
    public static string Redacted(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var s = db.Trim();
        if (s.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            var at = s.IndexOf('@', StringComparison.Ordinal);
            var scheme = s.IndexOf("://", StringComparison.Ordinal) + 3;
            var colon = at < 0 ? -1 : s.IndexOf(':', scheme, at - scheme);
            return colon < 0 ? s : string.Concat(s.AsSpan(0, colon + 1), "***", s.AsSpan(at));
        }
        try
        {
            var b = new NpgsqlConnectionStringBuilder(s);
            if (!string.IsNullOrEmpty(b.Password))
            {
                b.Password = "***";
            }
            return b.ToString();
        }
        catch (ArgumentException)
        {
            // Not parseable: it may still hold a password, so show only that it was a connection string.
            return "(PostgreSQL connection string)";
        }
    }
}
