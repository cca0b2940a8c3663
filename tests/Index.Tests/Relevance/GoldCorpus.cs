using System.Globalization;
using System.Text.Json;
using System.Text;
using Extraction.Extract.Model;
using Extraction.Extract.Serialization;
using Extraction.Index.Tests.Support;
using Extraction.Ingest;

namespace Extraction.Index.Tests.Relevance;

/// <summary>
/// The project's sample corpus (corpus/) and seeds (seeds/) as the index would receive them, built
/// straight from the gold files so the relevance set does not depend on the extractor: parties,
/// kind, subject, signing date and items from NAME.gold.json, the article text from NAME.txt.
/// Agreement ids are "stem#index" (p001#0, s002#1 for seeds/002_…).
/// </summary>
internal static class GoldCorpus
{
    public static IReadOnlyList<ExtractedArticle> Load() =>
        [.. Folder("corpus", stem => stem), .. Folder("seeds", stem => "s" + stem.Split('_')[0])];

    private static IEnumerable<ExtractedArticle> Folder(string folder, Func<string, string> idOf)
    {
        var dir = Path.Combine(RepoRoot.Path, folder);
        foreach (var gold in Directory.GetFiles(dir, "*.gold.json").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileName(gold)[..^".gold.json".Length];
            var text = File.ReadAllText(Path.Combine(dir, stem + ".txt")).Normalize(NormalizationForm.FormC);
            yield return Read(JsonDocument.Parse(File.ReadAllText(gold)).RootElement, idOf(stem), $"{folder}/{stem}.txt", text);
        }
    }

    private static ExtractedArticle Read(JsonElement g, string id, string source, string text)
    {
        var published = JsonFields.String(g, "published") is string p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
        var agreements = g.GetProperty("agreements").EnumerateArray().Select(a => new Agreement(
            JsonFields.String(a, "kind"),
            JsonFields.String(a, "subject"),
            PartialDate.Parse(JsonFields.String(a, "signed_on")),
            null,
            null,
            a.GetProperty("parties").EnumerateArray()
                .Select(x => new Party(JsonFields.String(x, "name")!, JsonFields.String(x, "canonical") ?? JsonFields.String(x, "name")!, Find(text, JsonFields.String(x, "name")!)))
                .ToList(),
            a.TryGetProperty("items", out var items)
                ? items.EnumerateArray().Select(i => new ContentItem(i.GetString()!, Find(text, i.GetString()!))).ToList()
                : [],
            [],
            [],
            default,
            1.0)).ToList();
        var article = new Article(id, source, null, null, null, published, null, text);
        return new ExtractedArticle(article, g.GetProperty("is_agreement").GetBoolean(), agreements, "gold");
    }


    private static TextSpan Find(string text, string s)
    {
        var i = text.IndexOf(s, StringComparison.Ordinal);
        return i < 0 ? default : new TextSpan(i, i + s.Length);
    }
}
