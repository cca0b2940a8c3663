using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text;
using Extraction.Extract.Model;
using Extraction.Extract.Serialization;
using Extraction.Ingest;

namespace Extraction.Bench.IndexScale;

/// <summary>
/// Generates any number of agreements by recombining what real gold files hold: organisation
/// names (with their place cut off), places, kinds, subjects and items from seeds/ and corpus/
/// (and ../shared/corpus/dev when present). Deterministic for a given seed.
/// </summary>
internal sealed partial class ScaleCorpus
{
    private readonly List<(string Stem, string UnitType)> organisations = [];
    private readonly Dictionary<string, List<string>> placesByType = new(StringComparer.Ordinal);
    private readonly List<string> kinds = [];
    private readonly List<string> subjects = [];
    private readonly List<string> items = [];

    public ScaleCorpus(string repoRoot)
    {
        var folders = new[] { "seeds", "corpus", Path.Combine("..", "shared", "corpus", "dev") }
            .Select(f => Path.GetFullPath(Path.Combine(repoRoot, f)))
            .Where(Directory.Exists);
        foreach (var file in folders.SelectMany(f => Directory.GetFiles(f, "*.gold.json")).Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            if (!doc.RootElement.TryGetProperty("agreements", out var ags))
            {
                continue;
            }
            foreach (var a in ags.EnumerateArray())
            {
                AddIf(kinds, JsonFields.String(a, "kind"));
                AddIf(subjects, JsonFields.String(a, "subject"));
                foreach (var i in a.TryGetProperty("items", out var its) ? its.EnumerateArray() : default)
                {
                    AddIf(items, i.ValueKind == JsonValueKind.String ? i.GetString() : null);
                }
                foreach (var p in a.GetProperty("parties").EnumerateArray())
                {
                    AddParty(JsonFields.String(p, "canonical") ?? JsonFields.String(p, "name"));
                }
            }
        }
        if (organisations.Count == 0 || kinds.Count == 0 || subjects.Count == 0)
        {
            throw new InvalidOperationException("no gold files under seeds/ or corpus/ of " + repoRoot);
        }
        SourceSummary = $"{organisations.Count} organisations, {placesByType.Values.Sum(v => v.Count)} places, {kinds.Count} kinds, {subjects.Count} subjects, {items.Count} items";
    }

    public string SourceSummary { get; }

    private void AddParty(string? canonical)
    {
        if (string.IsNullOrWhiteSpace(canonical))
        {
            return;
        }
        var m = TrailingUnit().Match(canonical);
        if (!m.Success)
        {
            organisations.Add((canonical, ""));
            return;
        }
        var type = m.Groups["type"].Value;
        organisations.Add((canonical[..m.Index].TrimEnd(), type));
        if (!placesByType.TryGetValue(type, out var list))
        {
            placesByType[type] = list = [];
        }
        AddIf(list, m.Groups["name"].Value);
    }

    /// <summary>Articles of 1–3 agreements each until <paramref name="agreements"/> agreements are made.</summary>
    public IEnumerable<ExtractedArticle> Articles(int agreements, int seed = 42)
    {
        var rng = new Random(seed);
        var made = 0;
        var n = 0;
        while (made < agreements)
        {
            var count = Math.Min(agreements - made, 1 + rng.Next(3));
            yield return Article(rng, n++, count);
            made += count;
        }
    }

    private ExtractedArticle Article(Random rng, int n, int count)
    {
        var year = 2006 + rng.Next(21);
        var date = new DateOnly(year, 1 + rng.Next(12), 1 + rng.Next(28));
        var province = Pick(rng, placesByType.GetValueOrDefault("tỉnh") ?? ["Hà Nội"]);
        var text = new StringBuilder();
        var specs = new List<(string Kind, string Subject, List<(string Name, int Start, int End)> Parties, List<(string Item, int Start, int End)> Items, int Start, int End)>();
        for (var i = 0; i < count; i++)
        {
            var start = text.Length;
            text.Append(CultureInfo.InvariantCulture, $"Ngày {date.Day}/{date.Month}/{date.Year}, ");
            var parties = new List<(string, int, int)>();
            var partyCount = 2 + (rng.Next(4) == 0 ? 1 : 0);
            for (var p = 0; p < partyCount; p++)
            {
                var (stem, type) = Pick(rng, organisations);
                var name = type.Length == 0 ? stem : $"{stem} {type} {(type == "tỉnh" ? province : Pick(rng, placesByType[type]))}";
                if (p > 0)
                {
                    text.Append(p == partyCount - 1 ? " và " : ", ");
                }
                parties.Add((name, text.Length, text.Length + name.Length));
                text.Append(name);
            }
            var kind = Pick(rng, kinds);
            var subject = Pick(rng, subjects);
            text.Append(" đã ký kết ").Append(kind).Append(' ').Append(subject).Append(". ");
            var end = text.Length;
            var its = new List<(string, int, int)>();
            for (var k = rng.Next(3); k > 0; k--)
            {
                var item = Pick(rng, items);
                text.Append("Nội dung: ");
                its.Add((item, text.Length, text.Length + item.Length));
                text.Append(item).Append(". ");
            }
            specs.Add((kind, subject, parties, its, start, end));
        }
        var body = text.ToString();
        var article = new Article($"gen{n:D8}", $"gen/{n:D8}.txt", null, "bench", $"{specs[0].Kind} giữa {specs[0].Parties[0].Name} và {specs[0].Parties[1].Name}", date, null, body);
        var agreements = specs.Select(s => new Agreement(
            s.Kind,
            s.Subject,
            PartialDate.From(date),
            null,
            null,
            s.Parties.Select(p => new Party(p.Name, p.Name, new TextSpan(p.Start, p.End))).ToList(),
            s.Items.Select(i => new ContentItem(i.Item, new TextSpan(i.Start, i.End))).ToList(),
            [],
            [],
            new TextSpan(s.Start, s.End),
            0.9)).ToList();
        return new ExtractedArticle(article, true, agreements, "bench");
    }

    private static T Pick<T>(Random rng, List<T> list) => list[rng.Next(list.Count)];

    private static void AddIf(List<string> list, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && !list.Contains(value))
        {
            list.Add(value);
        }
    }


    [GeneratedRegex(@"\s(?<type>tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)\s+(?<name>\p{Lu}[\p{L}\p{M}]*(?:(?:\s+|\s*-\s*)\p{Lu}[\p{L}\p{M}]*)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingUnit();
}
