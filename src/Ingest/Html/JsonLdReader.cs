using System.Text.Json;
using HtmlAgilityPack;

namespace Extraction.Ingest.Html;

/// <summary>JSON-LD facts about the article (first Article-like object).</summary>
internal static class JsonLdReader
{
    public static (string? Headline, string? Published, string? Author) Read(List<HtmlNode> scripts)
    {
        foreach (var script in scripts)
        {
            try
            {
                using var doc = JsonDocument.Parse(script.InnerText, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                var found = Search(doc.RootElement, 0);
                if (found is not null)
                {
                    return found.Value;
                }
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                // Broken JSON-LD is common (a lone "\ud800" escape throws on reading the string); the meta tags still speak.
            }
        }
        return (null, null, null);
    }

    private static (string?, string?, string?)? Search(JsonElement e, int depth)
    {
        if (depth > 4)
        {
            return null;
        }
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                if (Search(item, depth + 1) is { } r)
                {
                    return r;
                }
            }
            return null;
        }
        if (e.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        if (e.TryGetProperty("@graph", out var graph) && Search(graph, depth + 1) is { } g)
        {
            return g;
        }
        var type = e.TryGetProperty("@type", out var t) ? t.ToString() : "";
        if (!type.Contains("Article", StringComparison.OrdinalIgnoreCase) && !type.Contains("BlogPosting", StringComparison.OrdinalIgnoreCase)
            && !type.Contains("Report", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var headline = e.TryGetProperty("headline", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
        var published = e.TryGetProperty("datePublished", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        string? author = null;
        if (e.TryGetProperty("author", out var a))
        {
            var first = a.ValueKind == JsonValueKind.Array && a.GetArrayLength() > 0 ? a[0] : a;
            author = first.ValueKind switch
            {
                JsonValueKind.String => first.GetString(),
                JsonValueKind.Object when first.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
                _ => null,
            };
        }
        return (headline, published, author);
    }
}
