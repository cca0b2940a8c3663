using System.Globalization;
using Extraction.Ingest;

namespace Extraction.Extract.Tests.Specs;

/// <summary>Builds the article a spec example stands for: its input as text, context "title"/"published" applied.</summary>
internal static class SpecArticles
{
    public static Article From(SpecExample e)
    {
        DateOnly? published = e.Context.TryGetValue("published", out var p)
            ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
        e.Context.TryGetValue("title", out var title);
        return new Article($"{e.File}:{e.Line}", e.File, null, null, title, published, null, e.Input);
    }
}
