using Extraction.Extract.Model;

namespace Extraction.Extract.Items;

/// <summary>Finds the listed contents of an agreement ("(1) … (2) …", "1. …", "a) …", bullets, "gồm: A; B; C").</summary>
public static class ContentItemFinder
{
    /// <param name="text">The cleaned article text.</param>
    /// <param name="scope">The part of the text that speaks of this agreement.</param>
    public static IReadOnlyList<ContentItem> Find(string text, TextSpan scope)
    {
        _ = text;
        _ = scope;
        return [];
    }
}
