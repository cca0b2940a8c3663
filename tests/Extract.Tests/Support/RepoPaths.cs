namespace Extraction.Extract.Tests.Support;

/// <summary>Where the repository (the folder holding Extraction.sln) and the shared data beside it (../shared) are.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string DevCorpus => Path.Combine(Shared, "corpus", "dev");

    public static string SharedSeeds => Path.Combine(Shared, "seeds");

    public static string Specs => Path.Combine(Root, "tests", "Extract.Tests", "Specs");

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
