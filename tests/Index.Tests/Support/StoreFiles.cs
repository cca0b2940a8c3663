using Extraction.Index.Sqlite;

namespace Extraction.Index.Tests.Support;

/// <summary>Removes everything a SQLite store leaves on disk: the file, its journal files and the search index beside it.</summary>
internal static class StoreFiles
{
    public static void Delete(string path)
    {
        foreach (var f in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(f);
        }
        var index = SqliteAgreementStore.IndexPath(path);
        if (Directory.Exists(index))
        {
            Directory.Delete(index, recursive: true);
        }
    }
}
