namespace Extraction.Extract.Tests.Items;

/// <summary>Where the repository and the shared data (../shared beside the repository) are.</summary>
internal static class DetailPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string DevCorpus => Path.Combine(Shared, "corpus", "dev");

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string Specs => Path.Combine(RepoRoot, "tests", "Extract.Tests", "Specs");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Extraction.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Extraction.sln not found above " + AppContext.BaseDirectory);
    }
}
