namespace Extraction.Extract.Tests.Support;

/// <summary>Locates the team's shared data folder: <c>../shared</c> beside the repository root (the folder holding Extraction.sln).</summary>
internal static class SharedData
{
    private static readonly Lazy<string?> LazyRoot = new(Find);

    public static string? Root => LazyRoot.Value;

    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([Root ?? throw new InvalidOperationException("shared data folder missing"), .. parts]);

    private static string? Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Extraction.sln")))
        {
            dir = dir.Parent;
        }
        if (dir?.Parent is null)
        {
            return null;
        }
        var shared = System.IO.Path.Combine(dir.Parent.FullName, "shared");
        return Directory.Exists(shared) ? shared : null;
    }
}
