namespace Extraction.Extract.Tests.Support;

/// <summary>A fact that needs ../shared; skipped with a message when the folder is absent.</summary>
public sealed class ExtractSharedDataFactAttribute : FactAttribute
{
    public ExtractSharedDataFactAttribute()
    {
        if (SharedData.Root is null)
        {
            Skip = "../shared (seeds and dev corpus) is not beside the repository root";
        }
    }
}
