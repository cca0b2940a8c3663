namespace Extraction.Index.Lucene;

/// <summary>
/// Where a server store's search index lives: a per-machine cache, one folder per store (named by the
/// id the store keeps in its store_info table), so every machine that searches a team's PostgreSQL
/// builds its own copy from the store and keeps it in step through the change sequence.
/// </summary>
public static class IndexLocation
{
    /// <summary>Overrides the cache folder (for a machine whose home is small or read-only).</summary>
    public const string Variable = "AGREEMENTS_INDEX_DIR";

    public static string Root()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } set)
        {
            return set;
        }
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(cache, "agreements", "index");
    }

    public static string ForStore(string storeId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storeId);
        return Path.Combine(Root(), storeId);
    }
}
