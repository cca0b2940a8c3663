using System.Text.Json;
using Extraction.Ingest;

namespace Extraction.Extract.Tests.Support;

/// <summary>
/// A page of the seeds or dev corpus as an <see cref="Article"/>, built the way the tests stand in
/// for the cleaner: first non-empty line = title, the rest = text (noise included), page date from gold.
/// </summary>
internal sealed record GoldArticle(string Name, Article Article, JsonElement Gold)
{
    public bool IsAgreement => Gold.TryGetProperty("is_agreement", out var v) && v.ValueKind == JsonValueKind.True;

    public bool Excluded => Gold.TryGetProperty("exclude", out var v) && v.ValueKind == JsonValueKind.True;

    public static GoldArticle Load(string txtPath)
    {
        var raw = File.ReadAllText(txtPath).Normalize(System.Text.NormalizationForm.FormC);
        var goldPath = System.IO.Path.ChangeExtension(txtPath, null) + ".gold.json";
        using var doc = JsonDocument.Parse(File.ReadAllText(goldPath));
        var gold = doc.RootElement.Clone();
        var lines = raw.Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        var title = first >= 0 ? lines[first].Trim() : null;
        var text = first >= 0 ? string.Join('\n', lines.Skip(first + 1)) : raw;
        DateOnly? published = gold.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
            ? DateOnly.Parse(p.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            : null;
        var name = System.IO.Path.GetFileNameWithoutExtension(txtPath);
        var article = new Article(name, txtPath, null, null, title, published, null, text);
        return new GoldArticle(name, article, gold);
    }

    public static IEnumerable<GoldArticle> LoadFolder(string folder) =>
        Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(Load);
}
