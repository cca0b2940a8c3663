using System.Text.Json.Nodes;

namespace Extraction.Output;

/// <summary>
/// One agreement of an article in the export contract's shape, with the article it belongs to named first:
/// what <c>agreements show ID#N</c> prints and <c>/api/v1/agreements/ID/N</c> returns.
/// </summary>
public static class ShownAgreement
{
    /// <summary>The <paramref name="n"/>-th agreement of <paramref name="article"/> (the article's contract JSON), or null past its last one.</summary>
    public static JsonObject? From(JsonObject article, int n)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article["agreements"] is not JsonArray agreements || n < 0 || n >= agreements.Count)
        {
            return null;
        }
        var shown = new JsonObject
        {
            ["article_id"] = article["id"]?.DeepClone(),
            ["agreement"] = n,
            ["source"] = article["source"]?.DeepClone(),
            ["title"] = article["title"]?.DeepClone(),
        };
        foreach (var (name, value) in agreements[n]!.AsObject())
        {
            shown[name] = value?.DeepClone();
        }
        return shown;
    }
}
