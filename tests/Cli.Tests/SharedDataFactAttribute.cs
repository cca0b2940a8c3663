namespace Extraction.Cli.Tests;

/// <summary>A fact that needs ../shared (third-party data kept out of the repo); skipped with a message where it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!Directory.Exists(RepoPaths.Shared))
        {
            Skip = $"needs {RepoPaths.Shared} (third-party data, present in CI)";
        }
    }
}
