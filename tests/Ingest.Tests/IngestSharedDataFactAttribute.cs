namespace Extraction.Ingest.Tests;

/// <summary>A fact over the team's shared data (`../shared`); skipped with a message when that folder is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IngestSharedDataFactAttribute : FactAttribute
{
    public IngestSharedDataFactAttribute(params string[] relativePath)
    {
        var path = RepoPaths.SharedPath(relativePath);
        if (!Directory.Exists(path) && !File.Exists(path))
        {
            Skip = $"shared data not found: {path}";
        }
    }
}
