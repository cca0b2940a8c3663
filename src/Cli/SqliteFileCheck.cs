namespace Extraction.Cli;

/// <summary>
/// Refuses an existing --db file that is not a SQLite database. SQLite itself would take a 0-byte file
/// as a new empty database (so a typo'd path to some empty file silently "works"), and fails late and
/// obscurely on other files; either way the user meant something else.
/// </summary>
internal static class SqliteFileCheck
{
    private static readonly byte[] Header = "SQLite format 3\0"u8.ToArray();

    public static void ThrowUnlessDatabase(string path)
    {
        if (Directory.Exists(path))
        {
            throw new UserErrorException($"{path}: is a folder, not a database file");
        }
        if (!File.Exists(path))
        {
            return; // a new database is created there
        }
        var head = new byte[Header.Length];
        int read;
        try
        {
            using var file = File.OpenRead(path);
            read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"{path}: cannot read database: {e.Message}", e);
        }
        if (read == 0)
        {
            throw new UserErrorException($"{path}: is an empty file, not a database (delete it to start a new one, or name another --db)");
        }
        if (read < Header.Length || !head.AsSpan().SequenceEqual(Header))
        {
            throw new UserErrorException($"{path}: is not a SQLite database (name another --db, or a PostgreSQL connection string)");
        }
    }
}
