namespace Extraction.Ingest.Inputs;

/// <summary>
/// The input files under a folder, recursively, in ordinal order. Links are followed once, by real path:
/// a folder reached again (a link loop, or two links to one place) is not walked again, and a file reached
/// under two names is read once. Non-regular files with an input's name are listed with the reason they
/// are skipped; an unreadable subfolder is listed with its error.
/// </summary>
internal static class FolderWalk
{
    public static IEnumerable<(string Path, string? Skip)> Files(string folder)
    {
        var seenFolders = new HashSet<string>(StringComparer.Ordinal);
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(folder);
        var found = new List<(string Path, string? Skip)>();
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            if (!seenFolders.Add(FileSystemFacts.RealPath(dir)))
            {
                continue;
            }
            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                found.Add((dir, e.Message));
                continue;
            }
            foreach (var entry in entries.Order(StringComparer.Ordinal).Reverse())
            {
                var type = FileSystemFacts.TypeOf(entry);
                if (type == PathType.Directory)
                {
                    pending.Push(entry);
                }
                else if (InputSniffer.FromName(entry) is null)
                {
                    continue;
                }
                else if (type == PathType.Missing)
                {
                    // .NET reads file names as UTF-8; bytes that are not come back as U+FFFD, and that name opens nothing.
                    found.Add((entry, entry.Contains('\uFFFD', StringComparison.Ordinal)
                        ? "its name is not valid UTF-8, so it cannot be opened; rename it (convmv -f cp1258 -t utf-8)"
                        : "a link to nothing (broken link)"));
                }
                else if (type != PathType.Regular)
                {
                    found.Add((entry, NotRegular(entry, type)));
                }
                else if (seenFiles.Add(FileSystemFacts.RealPath(entry)))
                {
                    found.Add((entry, null));
                }
            }
        }
        return found.OrderBy(f => f.Path, StringComparer.Ordinal);
    }

    /// <summary>The reason a path that is not a regular file is skipped, naming a link's target.</summary>
    public static string NotRegular(string path, PathType type)
    {
        var real = FileSystemFacts.RealPath(path);
        var target = real == Path.GetFullPath(path) ? "" : $" (a link to {real})";
        return $"{FileSystemFacts.Describe(type)}{target}, not a regular file; only regular files are read";
    }
}
