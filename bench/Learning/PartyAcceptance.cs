using System.Text.Json;
using Extraction.Cli;
using Extraction.Extract.Detection;
using Extraction.Extract.Parties;
using Extraction.Extract.Places;
using Extraction.Extract.Text;
using Microsoft.ML;

namespace Extraction.Learning;

/// <summary>
/// Party acceptance, learned (FastTree over hand-built features) against the rule, by cross-validation grouped by
/// source site: of every organisation or place named in a signing sentence (the over-generated candidates), which
/// is a signing side? Candidates are the rule's own sides plus every other body the organisation scanner finds in
/// the sentences the detection accepts. Labels come from the gold by the scorer's overlap (shared folded words
/// ≥ 75 % of the longer name, against name or canonical). Both are scored per page, one-to-one against the page's
/// gold sides (a proxy of the agreement-paired party score, the same for both).
/// </summary>
internal static class PartyAcceptance
{
    private static readonly HashSet<string> Prepositions =
        ["tại", "của", "cho", "thuộc", "ở", "trên", "theo", "về", "từ", "đến", "do", "trước", "dưới", "sau", "tới", "vào", "trong"];

    private static readonly HashSet<string> PersonWords =
        ["ông", "bà", "đồng", "chí", "giám", "đốc", "chủ", "tịch", "trưởng", "phó", "thứ", "bộ", "đại", "sứ", "bí", "thư", "tổng"];

    private static readonly string[][] HeadClasses =
    [
        ["sở", "bộ", "ủy", "ubnd", "hđnd", "cục", "tổng", "chi"],
        ["công", "tập", "ngân", "tổng công", "hợp"],
        ["trường", "đại", "viện", "học", "bệnh"],
        ["công an", "bộ đội", "đồn", "quân", "bộ chỉ", "ban chỉ", "tòa", "viện kiểm"],
        ["hội", "đoàn", "mặt", "liên", "ủy ban mặt", "câu"],
        ["trung"],
        ["ban"],
        ["phòng"],
    ];

    public static void Run(string goldDir, int folds)
    {
        var rows = new List<Row>();
        var pages = new List<PageGold>();
        foreach (var processed in new ArticlePipeline().Clean(Directory.GetFiles(goldDir, "*.txt").Order(StringComparer.Ordinal)))
        {
            if (processed.Result is null)
            {
                continue;
            }
            var stem = Path.GetFileNameWithoutExtension(processed.Source);
            using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(goldDir, stem + ".gold.json")));
            var root = gold.RootElement;
            if (root.TryGetProperty("exclude", out var ex) && ex.ValueKind == JsonValueKind.True)
            {
                continue;
            }
            var url = root.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString()! : stem;
            var site = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url;
            var goldSides = root.GetProperty("agreements").EnumerateArray()
                .SelectMany(a => a.GetProperty("parties").EnumerateArray())
                .Select(p => (Name: TextKeys.FoldWords(p.GetProperty("name").GetString() ?? string.Empty),
                    Canonical: TextKeys.FoldWords(p.TryGetProperty("canonical", out var c) ? c.GetString() ?? string.Empty : string.Empty)))
                .ToList();
            var article = processed.Result.Article;
            var text = article.Text ?? string.Empty;
            // Source kind, as gold-format.md and the corpus README tell them apart: portals (state and Front sites),
            // other news sites, and 2006 national news (no url, no page date).
            var source = site == stem || site.Length == 0 ? "national news (no url)" : site.EndsWith(".gov.vn", StringComparison.Ordinal) || site.EndsWith(".org.vn", StringComparison.Ordinal) ? "portals" : "news and other sites";
            var page = new PageGold(stem, site, source, goldSides);
            pages.Add(page);
            var sentences = SentenceSplitter.Split(text);
            var place = PlaceResolver.Resolve(article.Title, Tokenizer.Tokenize(text, 0, text.Length));
            var folded = TextKeys.Fold(text);
            foreach (var s in sentences)
            {
                if (!SigningTrigger.Mentions(s.Text))
                {
                    continue;
                }
                var tokens = Tokenizer.Tokenize(text, s.Start, s.End);
                var clauses = SigningClauseFinder.Find(tokens);
                if (clauses.Count == 0)
                {
                    continue;
                }
                var ruleSides = clauses.Take(6).SelectMany(cl => PartyFinder.Find(text, tokens, cl, place)).DistinctBy(m => m.Start).ToList();
                var orgs = PartyFinder.ScanOrganisations(tokens);
                var candidates = ruleSides.Select(m => (m.Name, m.Canonical, m.Start, m.End, Rule: true)).ToList();
                foreach (var o in orgs)
                {
                    var start = tokens[o.Start].Start;
                    var end = tokens[o.End - 1].End;
                    if (!candidates.Any(c => c.Start < end && start < c.End))
                    {
                        candidates.Add((text[start..end], PartyCanonicalizer.Canonicalize(tokens, o, place), start, end, false));
                    }
                }
                var verbs = clauses.Select(c => c.VerbToken).ToList();
                foreach (var c in candidates)
                {
                    var first = tokens.FindIndex(t => t.Start >= c.Start);
                    var last = tokens.FindLastIndex(t => t.End <= c.End);
                    if (first < 0 || last < first)
                    {
                        continue;
                    }
                    var org = orgs.FirstOrDefault(o => o.Start == first);
                    var features = Features(tokens, first, last + 1, verbs, c.Rule, org?.IsPlaceOnly ?? false, candidates.Count,
                        s.Index / (float)Math.Max(1, sentences.Count), article.Published is null, folded, c.Name);
                    var words = TextKeys.FoldWords(c.Name);
                    var canon = TextKeys.FoldWords(c.Canonical);
                    rows.Add(new Row(page, s.Index, words, canon, features, goldSides.Any(g => Matches(words, canon, g)), c.Rule));
                }
            }
        }
        Console.WriteLine($"party acceptance: pages {pages.Count}, sites {pages.Select(p => p.Site).Distinct().Count()}, candidates {rows.Count} " +
            $"(positive {rows.Count(r => r.Label)}, rule accepts {rows.Count(r => r.Rule)}), gold sides {pages.Sum(p => p.Sides.Count)}");

        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var sizes = new int[folds];
        foreach (var site in pages.GroupBy(p => p.Site).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var f = Array.IndexOf(sizes, sizes.Min());
            foldOf[site.Key] = f;
            sizes[f] += site.Count();
        }
        var ml = new MLContext(seed: 1);
        var bySite = CrossValidate(ml, rows, folds, p => foldOf[p.Site]);
        var sources = pages.Select(p => p.Source).Distinct().Order(StringComparer.Ordinal).ToList();
        var bySource = CrossValidate(ml, rows, sources.Count, p => sources.IndexOf(p.Source));
        var learned = bySite;
        Console.WriteLine("\nscheme 1: folds grouped by site (a site never trains and tests at once)");
        Report("all pages", _ => true);
        foreach (var source in sources)
        {
            Report(source, p => p.Source == source);
        }
        Report("r001-r084", p => string.CompareOrdinal(p.Name, "r085") < 0);
        Report("r085-r187 odd (read)", p => string.CompareOrdinal(p.Name, "r085") >= 0 && int.Parse(p.Name[1..], System.Globalization.CultureInfo.InvariantCulture) % 2 == 1);
        Report("r086-r186 even (never read)", p => string.CompareOrdinal(p.Name, "r085") >= 0 && int.Parse(p.Name[1..], System.Globalization.CultureInfo.InvariantCulture) % 2 == 0);
        learned = bySource;
        Console.WriteLine("\nscheme 2: leave one source kind out (trained on the other kinds)");
        Report("all pages", _ => true);
        foreach (var source in sources)
        {
            Report(source, p => p.Source == source);
        }
        Report("r086-r186 even (never read)", p => string.CompareOrdinal(p.Name, "r085") >= 0 && int.Parse(p.Name[1..], System.Globalization.CultureInfo.InvariantCulture) % 2 == 0);

        void Report(string name, Func<PageGold, bool> subset)
        {
            var scored = pages.Where(subset).ToList();
            Console.WriteLine($"\n{name}: {scored.Count} pages");
            Console.WriteLine($"  every candidate {Score(scored, _ => true)}");
            Console.WriteLine($"  oracle          {Score(scored, r => r.Label)}");
            Console.WriteLine($"  rule            {Score(scored, r => r.Rule)}");
            foreach (var threshold in new[] { 0.3f, 0.5f, 0.7f })
            {
                Console.WriteLine($"  learned p>{threshold:F1}   {Score(scored, r => learned.TryGetValue(r, out var p) && p > threshold)}");
            }
        }

        string Score(List<PageGold> scored, Func<Row, bool> accept)
        {
            var byPage = rows.ToLookup(r => r.Page);
            int tp = 0, fp = 0, fn = 0;
            foreach (var p in scored)
            {
                var predicted = byPage[p].Where(accept).DistinctBy(r => string.Join(' ', r.Words)).ToList();
                var free = p.Sides.ToList();
                foreach (var r in predicted)
                {
                    var k = free.FindIndex(g => Matches(r.Words, r.Canonical, g));
                    if (k >= 0)
                    {
                        tp++;
                        free.RemoveAt(k);
                    }
                    else
                    {
                        fp++;
                    }
                }
                fn += free.Count;
            }
            var pr = tp + fp == 0 ? 0 : tp / (double)(tp + fp);
            var rc = tp + fn == 0 ? 0 : tp / (double)(tp + fn);
            var f1 = pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc);
            return $"P {pr:F3} R {rc:F3} F1 {f1:F3} (tp {tp}, fp {fp}, fn {fn})";
        }
    }

    private static Dictionary<Row, float> CrossValidate(MLContext ml, List<Row> rows, int folds, Func<PageGold, int> foldOf) =>
        GroupedFolds.CrossValidate(ml, rows, folds, r => foldOf(r.Page), r => r.Features, r => r.Label)
            .ToDictionary(x => x.Key, x => x.Value.Probability);

    private static bool Matches(string[] words, string[] canon, (string[] Name, string[] Canonical) gold) =>
        Overlap(words, gold.Name) || Overlap(words, gold.Canonical) || Overlap(canon, gold.Name) || Overlap(canon, gold.Canonical);

    /// <summary>The scorer's rule: the words shared (as a multiset) are at least 75% of the longer name.</summary>
    internal static bool Overlap(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }
        var left = b.ToList();
        var shared = 0;
        foreach (var w in a)
        {
            if (left.Remove(w))
            {
                shared++;
            }
        }
        return shared >= 0.75 * Math.Max(a.Length, b.Length);
    }

    private static float[] Features(
        List<Token> tokens, int start, int end, List<int> verbs, bool rule, bool placeOnly, int candidates, float position, bool undated, string foldedPage, string name)
    {
        var nearest = verbs.MinBy(v => Math.Abs(v - start));
        string Before(int k) => start - k >= 0 ? tokens[start - k].Lower : string.Empty;
        string After(int k) => end + k - 1 < tokens.Count ? tokens[end + k - 1].Lower : string.Empty;
        bool Within(int n, Func<string, bool> test) => Enumerable.Range(1, n).Any(k => test(Before(k)));
        var head = tokens[start].Lower + (start + 1 < end ? " " + tokens[start + 1].Lower : string.Empty);
        var headClass = Array.FindIndex(HeadClasses, c => c.Any(h => head.StartsWith(h, StringComparison.Ordinal)));
        var foldedName = TextKeys.Fold(name);
        var repeats = foldedName.Length == 0 ? 0 : CountOf(foldedPage, foldedName);
        var f = new List<float>
        {
            rule ? 1 : 0,
            placeOnly ? 1 : 0,
            end - start,
            tokens[start].IsUpperInitial ? 1 : 0,
            tokens[start].IsAbbreviation ? 1 : 0,
            start < nearest ? 1 : 0,
            Math.Clamp(start - nearest, -30, 30),
            Within(4, w => w == "giữa") ? 1 : 0,
            Within(4, w => w == "với") ? 1 : 0,
            Prepositions.Contains(Before(1)) ? 1 : 0,
            Within(3, w => Prepositions.Contains(w)) ? 1 : 0,
            Before(1) is "các" or "những" || (start > 0 && tokens[start - 1].Kind == TokenKind.Number) ? 1 : 0,
            Within(5, PersonWords.Contains) ? 1 : 0,
            Before(1) == "," ? 1 : 0,
            After(1) == "," ? 1 : 0,
            Before(1) is "và" or "cùng" ? 1 : 0,
            After(1) is "và" or "cùng" or "với" ? 1 : 0,
            Before(1) is "(" || After(1) is ")" ? 1 : 0,
            After(1) is "ký" or "kí" or "đã" or "tổ" or "cùng" ? 1 : 0,
            Math.Min(repeats, 5),
            candidates,
            position,
            undated ? 1 : 0,
            headClass,
            tokens.Count,
        };
        return f.ToArray();
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            n++;
        }
        return n;
    }

    private sealed record PageGold(string Name, string Site, string Source, List<(string[] Name, string[] Canonical)> Sides);

    private sealed record Row(PageGold Page, int Sentence, string[] Words, string[] Canonical, float[] Features, bool Label, bool Rule);
}
