namespace Extraction.Extract.Tests.Items;

/// <summary>A fact over the shared corpus: skipped, with the reason, when ../shared is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DetailSharedDataFactAttribute : FactAttribute
{
    public DetailSharedDataFactAttribute()
    {
        if (!Directory.Exists(DetailPaths.DevCorpus))
        {
            Skip = "shared corpus not found at " + DetailPaths.DevCorpus;
        }
    }
}
