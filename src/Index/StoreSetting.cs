namespace Extraction.Index;

/// <summary>
/// Where a command finds the name of its store, and how a connection string with a password stays out of
/// the command line: the same rules for the CLI and the web app.
/// </summary>
/// <remarks>
/// A <c>--db</c> value on the command line is visible to every user of the machine through <c>ps</c>; the
/// connection string can instead come from <c>AGREEMENTS_DB</c>, from a file named by <c>AGREEMENTS_DB_FILE</c>
/// (the convention container secrets use) or <c>--db @FILE</c>, or leave the password to PostgreSQL's own
/// <c>PGPASSWORD</c> / <c>~/.pgpass</c>, which Npgsql reads when the string carries none.
/// </remarks>
public static class StoreSetting
{
    /// <summary>The environment variable holding the store (a SQLite path or a connection string).</summary>
    public const string Variable = "AGREEMENTS_DB";

    /// <summary>The environment variable naming a file that holds the store.</summary>
    public const string FileVariable = "AGREEMENTS_DB_FILE";

    /// <summary>The store when nothing names one.</summary>
    public const string Default = "agreements.db";

    /// <summary>The store a command uses when --db is not given: AGREEMENTS_DB, else the file AGREEMENTS_DB_FILE names, else agreements.db.</summary>
    /// <exception cref="StoreSettingException">AGREEMENTS_DB_FILE names a file that cannot be read or is empty.</exception>
    public static string FromEnvironment(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment(Variable) is { } value && !string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }
        if (environment(FileVariable) is { } file && !string.IsNullOrWhiteSpace(file))
        {
            return ReadFile(file.Trim(), $"{FileVariable}=");
        }
        return Default;
    }

    /// <summary>A --db value as given: <c>@FILE</c> reads the store from that file, anything else is the store itself.</summary>
    /// <exception cref="StoreSettingException">The file cannot be read or is empty.</exception>
    public static string FromArgument(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.StartsWith('@') && value.Length > 1 ? ReadFile(value[1..], "--db @") : value;
    }

    /// <summary>Whether a --db value given on the command line carries a password that <c>ps</c> shows.</summary>
    public static bool ShowsPassword(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return AgreementStore.IsConnectionString(value)
            && !string.Equals(Postgres.PostgresConnectionString.Redacted(value), value.Trim(), StringComparison.Ordinal);
    }

    /// <summary>The warning for a password on the command line, naming the ways to keep it off.</summary>
    public const string PasswordWarning =
        $"warning: the password in --db is visible to other users in `ps`; give the connection string in ${Variable}, in a file (--db @FILE or ${FileVariable}), or the password in PGPASSWORD or ~/.pgpass";

    /// <summary>The first non-blank line of the file, trimmed: editors and `echo` add a newline.</summary>
    private static string ReadFile(string path, string source)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // The file's path is safe to show; its contents (a password) are never part of the message.
            throw new StoreSettingException($"{source}{path}: cannot read the store setting: {e.Message}", e);
        }
        return lines.Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0)
            ?? throw new StoreSettingException($"{source}{path}: the file is empty; it should hold a SQLite path or a PostgreSQL connection string");
    }
}
