using System.Text.Json;
using Extraction.Cli;
using Extraction.Extract.Detection;
using Extraction.Extract.Text;

namespace Extraction.Learning;

/// <summary>
/// Where the gold agreements the build never produced stand (counts only, safe on pages nobody may read): each sentence
/// naming a missed agreement's kind is classed by what the detection rule does with its verbs ("no verb", "accepted",
/// or rejected with the features that were set), so a class can be chosen without reading the pages. A gold agreement
/// counts as produced when a predicted agreement of the same page shares one of its sides by the scorer's word overlap.
/// Usage: dotnet run -c Release --project bench/Learning -- missed-agreements GOLD_DIR PREDICTIONS.jsonl
/// </summary>
internal static class MissedAgreements
{
    public static void Run(string goldDir, string predictions)
    {
        var predicted = File.ReadLines(predictions)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .GroupBy(r => Path.GetFileNameWithoutExtension(r.GetProperty("source").GetString()!.Split('#')[0]))
            .ToDictionary(g => g.Key, g => g.First().Clone());
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        void Count(string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
        foreach (var processed in new ArticlePipeline().Clean(Directory.GetFiles(goldDir, "*.txt").Order(StringComparer.Ordinal)))
        {
            if (processed.Result is null)
            {
                continue;
            }
            var stem = Path.GetFileNameWithoutExtension(processed.Source);
            using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(goldDir, stem + ".gold.json")));
            var golds = gold.RootElement.GetProperty("agreements").EnumerateArray().ToList();
            if (golds.Count == 0 || !predicted.TryGetValue(stem, out var pred))
            {
                continue;
            }
            var predictedSides = pred.GetProperty("is_agreement").GetBoolean()
                ? pred.GetProperty("agreements").EnumerateArray().Select(a => a.GetProperty("parties").EnumerateArray()
                    .Select(p => Words(p.GetProperty("name").GetString()!)).ToList()).ToList()
                : [];
            // Where each predicted agreement names its kind: a sentence holding one opened an agreement of its own.
            var kindStarts = pred.GetProperty("is_agreement").GetBoolean()
                ? pred.GetProperty("agreements").EnumerateArray()
                    .Where(a => a.TryGetProperty("kind_span", out var ks) && ks.ValueKind == JsonValueKind.Object)
                    .Select(a => (Start: a.GetProperty("kind_span").GetProperty("start").GetInt32(),
                        Sides: a.GetProperty("parties").EnumerateArray().Select(p => Words(p.GetProperty("name").GetString()!)).ToList()))
                    .ToList()
                : [];
            var text = processed.Result.Article.Text ?? string.Empty;
            var sentences = SentenceSplitter.Split(text);
            var used = new HashSet<int>();
            foreach (var g in golds)
            {
                var sides = g.GetProperty("parties").EnumerateArray().Select(p => Words(p.GetProperty("name").GetString()!)).ToList();
                var produced = predictedSides.Select((ps, i) => (ps, i)).Where(x => !used.Contains(x.i))
                    .FirstOrDefault(x => x.ps.Any(p => sides.Any(s => PartyAcceptance.Overlap(p, s))));
                if (produced.ps is not null)
                {
                    used.Add(produced.i);
                    continue;
                }
                Count("missed agreements");
                var kind = g.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString()! : null;
                if (kind is null)
                {
                    Count("  no gold kind");
                    continue;
                }
                var holding = sentences.Where(s => s.Text.Contains(kind, StringComparison.OrdinalIgnoreCase)).ToList();
                Count($"  sentences naming its kind: {Math.Min(holding.Count, 3)}{(holding.Count >= 3 ? "+" : string.Empty)}");
                foreach (var s in holding)
                {
                    var tokens = Tokenizer.Tokenize(text, s.Start, s.End);
                    var verbs = SigningClauseFinder.Verbs(tokens).ToList();
                    if (verbs.Count == 0)
                    {
                        Count("    sentence: no signing verb");
                        continue;
                    }
                    if (verbs.Any(v => SigningClauseFinder.RuleAccepts(tokens, v.Verb, v.VerbEnd)))
                    {
                        var inSentence = kindStarts.Where(x => x.Start >= s.Start && x.Start < s.End).ToList();
                        var opened = inSentence.Count;
                        // Whether a predicted agreement of this sentence already holds the missed one's sides (merged with others).
                        var holds = inSentence.Any(x => sides.All(gs => x.Sides.Any(ps => PartyAcceptance.Overlap(ps, gs))));
                        var predSides = inSentence.Count > 0 ? inSentence.Max(x => x.Sides.Count) : 0;
                        var at = s.Text.IndexOf(kind, StringComparison.OrdinalIgnoreCase);
                        var before = s.Text[..at].TrimEnd().Split(' ').LastOrDefault()?.ToLowerInvariant() ?? string.Empty;
                        var counted = before is "các" or "những" || NumberWords.Word(before) is not null || (before.Length > 0 && before.All(char.IsDigit));
                        var kindsInSentence = KindCount(s.Text);
                        Count($"    sentence: a verb accepted; predicted agreements whose kind stands in it: {Math.Min(opened, 2)}{(opened >= 2 ? "+" : string.Empty)}"
                            + $"; kind counted before it: {counted}; kind words in sentence: {Math.Min(kindsInSentence, 4)}{(kindsInSentence >= 4 ? "+" : string.Empty)}"
                            + $"; same sides as another gold agreement: {SameSidesElsewhere(golds, g)}"
                            + (opened > 0 && predSides == 0 ? $"; before the verb: {Shape(tokens, verbs[0].Verb)}" : string.Empty)
                            + (opened > 0 ? $"; its sides all in that agreement: {holds}; that agreement's sides {Math.Min(predSides, 4)}{(predSides >= 4 ? "+" : string.Empty)}, the missed one's {Math.Min(sides.Count, 4)}" : string.Empty));
                        continue;
                    }
                    var f = SigningClauseFinder.Features(tokens, verbs[0].Verb, verbs[0].VerbEnd);
                    // The first sixteen features are the rule's yes/no cues; the rest are counts and positions.
                    var set = SigningClauseFinder.FeatureNames.Where((_, i) => i < 16 && f[i] > 0).ToList();
                    Count("    sentence: rejected; set: " + (set.Count == 0 ? "(none)" : string.Join(",", set)));
                }
            }
        }
        foreach (var (key, n) in counts)
        {
            Console.WriteLine($"{n,4}  {key}");
        }
    }

    private static string[] Words(string s) => TextKeys.FoldWords(s);

    /// <summary>Generic words shown as they are; any other word is shown as its shape only, so no name or phrase is printed.</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "đã", "vừa", "cũng", "hai", "bên", "nước", "các", "đại", "diện", "bộ", "trưởng", "thủ", "tướng", "chính", "phủ",
        "và", "của", "đoàn", "lãnh", "đạo", "ông", "bà", "sứ", "thứ", "phó", "chủ", "tịch", "tổng", "thống", "ngoại", "giao",
        "quốc", "gia", "sau", "đó", "tại", "đây", "này", "dịp", "cùng", "ngày", "với", "giữa",
    };

    private static string Shape(List<Token> tokens, int verb) =>
        string.Join(' ', tokens.Skip(Math.Max(0, verb - 6)).Take(Math.Min(6, verb)).Select(t =>
            !t.IsWord ? (t.Kind == TokenKind.Number ? "N" : t.Text) : Generic.Contains(t.Lower) ? t.Lower : t.IsUpperInitial ? "Cap" : "w"));

    private static readonly string[] KindWords = ["hiệp định", "bản ghi nhớ", "biên bản", "nghị định thư", "thỏa thuận", "thoả thuận", "chương trình", "kế hoạch", "quy chế", "hiệp ước", "văn kiện", "tuyên bố", "công hàm", "hợp đồng"];

    private static int KindCount(string sentence)
    {
        var lower = sentence.ToLowerInvariant();
        return KindWords.Sum(w => (lower.Length - lower.Replace(w, string.Empty, StringComparison.Ordinal).Length) / w.Length);
    }

    private static bool SameSidesElsewhere(List<JsonElement> golds, JsonElement g)
    {
        static HashSet<string> Sides(JsonElement a) => a.GetProperty("parties").EnumerateArray()
            .Select(p => string.Join(' ', TextKeys.FoldWords(p.GetProperty("name").GetString()!))).ToHashSet(StringComparer.Ordinal);
        var mine = Sides(g);
        return golds.Any(o => !o.Equals(g) && Sides(o).SetEquals(mine));
    }
}
