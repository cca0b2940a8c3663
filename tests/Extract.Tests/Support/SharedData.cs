namespace Extraction.Extract.Tests.Support;

/// <summary>The team's shared data folder (<c>../shared</c> beside the repository root), or null when it is absent.</summary>
internal static class SharedData
{
    private static readonly Lazy<string?> LazyRoot = new(Find);

    public static string? Root => LazyRoot.Value;

    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([Root ?? throw new InvalidOperationException("shared data folder missing"), .. parts]);

    private static string? Find() => Directory.Exists(RepoPaths.Shared) ? RepoPaths.Shared : null;
}
