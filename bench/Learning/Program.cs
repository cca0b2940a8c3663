using System.Text.Json;
using Extraction.Cli;
using Extraction.Extract.Detection;
using Extraction.Extract.Text;
using Extraction.Ingest.Text;
using Microsoft.ML;

// Clause-level detection, learned (FastTree over hand-built features, alone and with the rule's verdict as one more
// feature) against the rule, by cross-validation grouped by source site and with one source left out: is this "ký" a
// reported signing? Labels come from the gold: a verb in a page that reports no signing is negative; one in a
// sentence naming a gold side of a signing page is positive; the rest are unlabelled (predicted, not trained on).
// Usage (the held-out sets first written out with `bench/heldout.sh politics|news --write DIR`):
//   dotnet run -c Release --project bench/Learning -- ../shared/corpus/dev [HELD_OUT_DIR...] [folds]
// Party acceptance (which over-generated candidate is a side), learned against the rule, the same way:
//   dotnet run -c Release --project bench/Learning -- parties ../shared/corpus/dev [folds]
// Confidence: each provenance bucket's precision measured on the gold, written to the extractor's embedded table
// (deterministic: same gold and extractor, same file); and its calibration on held-out pages against the old constants:
//   dotnet run -c Release --project bench/Learning -- confidence [--out FILE] [GOLD_DIR...]
//   dotnet run -c Release --project bench/Learning -- confidence-calibration TRAIN_DIR... -- TEST_DIR...
// How the name grammar reads each gold side where the page writes it (counts only, safe on unread pages):
//   dotnet run -c Release --project bench/Learning -- name-coverage GOLD_DIR
// Why the gold agreements the build never produced were missed, by the detection rule's verdict on the sentences naming
// their kind (counts only): dotnet run -c Release --project bench/Learning -- missed-agreements GOLD_DIR PREDICTIONS.jsonl
if (args.Length > 0 && args[0] == "confidence")
{
    Extraction.Learning.Confidence.ConfidenceCommand.Write(args[1..]);
    return;
}
if (args.Length > 0 && args[0] == "confidence-calibration")
{
    Extraction.Learning.Confidence.ConfidenceCommand.Calibrate(args[1..]);
    return;
}
if (args.Length > 1 && args[0] == "name-coverage")
{
    Extraction.Learning.NameCoverage.Run(args[1]);
    return;
}
if (args.Length > 2 && args[0] == "missed-agreements")
{
    Extraction.Learning.MissedAgreements.Run(args[1], args[2]);
    return;
}
if (args.Length > 0 && args[0] == "parties")
{
    Extraction.Learning.PartyAcceptance.Run(
        args.Length > 1 ? args[1] : Path.Combine("..", "shared", "corpus", "dev"),
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}
// Gold folders (dev and, written out by `bench/heldout.sh SET --write DIR`, the held-out sets), then the fold count.
var folds = args.Length > 0 && int.TryParse(args[^1], out var n) ? n : 5;
var goldDirs = args.Where(a => !int.TryParse(a, out _)).DefaultIfEmpty(Path.Combine("..", "shared", "corpus", "dev")).ToList();

var rows = new List<ClauseRow>();
var pages = new List<Page>();
var pipeline = new ArticlePipeline();
foreach (var processed in pipeline.Clean(goldDirs.SelectMany(d => Directory.GetFiles(d, "*.txt").Order(StringComparer.Ordinal))))
{
    var goldDir = Path.GetDirectoryName(processed.Source)!;
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
    var isAgreement = root.GetProperty("is_agreement").GetBoolean();
    var url = root.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString()! : stem;
    var site = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url;
    var parties = root.GetProperty("agreements").EnumerateArray()
        .SelectMany(a => a.GetProperty("parties").EnumerateArray())
        .Select(p => Words(p.GetProperty("name").GetString() ?? string.Empty))
        .Where(w => w.Length > 0)
        .ToList();
    var article = processed.Result.Article;
    var text = article.Text ?? string.Empty;
    var page = new Page(stem, site, isAgreement, article.Published is null);
    pages.Add(page);
    var sentences = SentenceSplitter.Split(text);
    foreach (var s in sentences)
    {
        if (!SigningTrigger.Mentions(s.Text))
        {
            continue;
        }
        var tokens = Tokenizer.Tokenize(text, s.Start, s.End);
        var sentenceWords = Words(s.Text).ToHashSet(StringComparer.Ordinal);
        var namesSide = parties.Any(p => p.Count(sentenceWords.Contains) >= 0.75 * p.Length);
        foreach (var (verb, verbEnd) in SigningClauseFinder.Verbs(tokens))
        {
            var features = SigningClauseFinder.Features(tokens, verb, verbEnd)
                .Append(s.Index / (float)Math.Max(1, sentences.Count))
                .Append(article.Published is null ? 1f : 0f)
                .ToArray();
            bool? label = !isAgreement ? false : namesSide ? true : null;
            var rule = SigningClauseFinder.RuleAccepts(tokens, verb, verbEnd);
            rows.Add(new ClauseRow(page, features, [.. features, rule ? 1f : 0f], label, rule));
        }
    }
}

var labelled = rows.Where(r => r.Label is not null).ToList();
Console.WriteLine($"pages {pages.Count} (signing {pages.Count(p => p.IsAgreement)}), sites {pages.Select(p => p.Site).Distinct().Count()}, " +
    $"verbs {rows.Count}, labelled {labelled.Count} (positive {labelled.Count(r => r.Label == true)})");

// Grouped folds: whole sites to a fold, largest first onto the smallest fold.
var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
var sizes = new int[folds];
foreach (var site in rows.GroupBy(r => r.Page.Site).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
{
    var f = Array.IndexOf(sizes, sizes.Min());
    foldOf[site.Key] = f;
    sizes[f] += site.Count();
}
foreach (var p in pages)
{
    foldOf.TryAdd(p.Site, 0);
}

var ml = new MLContext(seed: 1);
// Held-out gold sets sit beside dev under their own stems (bench/heldout-*: pNNNNN politics, oNNNN other topics).
static string SourceOf(Page p) => p.Name[0] switch { 'p' => "held-out politics", 'o' => "held-out news", _ => p.Undated ? "dev national news" : "dev dated pages" };
var bySite = CrossValidate(r => foldOf[r.Page.Site], folds, withRule: false);
var bySiteStacked = CrossValidate(r => foldOf[r.Page.Site], folds, withRule: true);
var sources = pages.Select(SourceOf).Distinct().Order(StringComparer.Ordinal).ToList();
var bySource = CrossValidate(r => sources.IndexOf(SourceOf(r.Page)), sources.Count, withRule: false);
var bySourceStacked = CrossValidate(r => sources.IndexOf(SourceOf(r.Page)), sources.Count, withRule: true);

Report("all pages", _ => true);
foreach (var source in sources)
{
    Report(source, p => SourceOf(p) == source);
}
Report("r085-r187 (pages the rule was not written from)", p => p.Name[0] == 'r' && string.CompareOrdinal(p.Name, "r085") >= 0);

Dictionary<ClauseRow, bool> CrossValidate(Func<ClauseRow, int> foldOfRow, int count, bool withRule) =>
    Extraction.Learning.GroupedFolds.CrossValidate(ml, rows, count, foldOfRow, r => withRule ? r.Stacked : r.Features, r => r.Label)
        .ToDictionary(x => x.Key, x => x.Value.Label);

void Report(string name, Func<Page, bool> subset)
{
    var clauses = labelled.Where(r => subset(r.Page)).ToList();
    var scored = pages.Where(subset).ToList();
    Console.WriteLine($"\n{name}: {scored.Count} pages, {clauses.Count} labelled verbs");
    foreach (var (label, predict) in new (string, Func<ClauseRow, bool>)[]
    {
        ("rule", r => r.Rule),
        ("learned, folds by site", r => bySite.TryGetValue(r, out var v) && v),
        ("learned + rule verdict, folds by site", r => bySiteStacked.TryGetValue(r, out var v) && v),
        ("learned, one source left out", r => bySource.TryGetValue(r, out var v) && v),
        ("learned + rule verdict, one source left out", r => bySourceStacked.TryGetValue(r, out var v) && v),
    })
    {
        Console.WriteLine($"  {label,-44} clause {Prf(clauses, predict)}");
        Console.WriteLine($"  {"",-44} page   {PagePrf(scored, predict)}");
    }
}

string Prf(List<ClauseRow> clauses, Func<ClauseRow, bool> predict)
{
    var tp = clauses.Count(r => predict(r) && r.Label == true);
    var fp = clauses.Count(r => predict(r) && r.Label == false);
    var fn = clauses.Count(r => !predict(r) && r.Label == true);
    return Format(tp, fp, fn);
}

string PagePrf(List<Page> scored, Func<ClauseRow, bool> predict)
{
    var byPage = rows.ToLookup(r => r.Page);
    var tp = scored.Count(p => p.IsAgreement && byPage[p].Any(predict));
    var fp = scored.Count(p => !p.IsAgreement && byPage[p].Any(predict));
    var fn = scored.Count(p => p.IsAgreement && !byPage[p].Any(predict));
    return Format(tp, fp, fn);
}

static string Format(int tp, int fp, int fn)
{
    var p = tp + fp == 0 ? 0 : tp / (double)(tp + fp);
    var r = tp + fn == 0 ? 0 : tp / (double)(tp + fn);
    var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return $"P {p:F3} R {r:F3} F1 {f:F3} (tp {tp}, fp {fp}, fn {fn})";
}

static string[] Words(string text) =>
    VietnameseFold.Fold(text.ToLowerInvariant()).Split([' ', ',', '.', ';', ':', '(', ')', '-', '–', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries);

internal sealed record Page(string Name, string Site, bool IsAgreement, bool Undated);

internal sealed record ClauseRow(Page Page, float[] Features, float[] Stacked, bool? Label, bool Rule);
