using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Extraction.Cli;
using Extraction.Cli.Evaluation;
using Extraction.Extract.Confidence;
using Extraction.Extract.Model;
using Extraction.Extract.Serialization;

namespace Extraction.Learning.Confidence;

/// <summary>
/// Runs the extractor over gold folders and checks every value that carries a confidence against the gold, by the
/// reference scorer's rules (GoldScorer): an agreement is correct when it pairs with a gold one; a party when it
/// matches a gold party of the paired agreement (parties of an unpaired agreement are wrong, as the scorer counts
/// them); the fields of a paired agreement: signed_on by the scorer's date rule, each item by the item overlap,
/// kind by equal folded words, subject by the item overlap (60 % of the longer). Fields of an unpaired agreement
/// are not observed: their confidence is conditional on the agreement, which has its own.
/// </summary>
internal static class GoldObservations
{
    private const string GoldSuffix = ".gold.json";
    private const double SubjectThreshold = 0.6;

    public static (List<Observation> Observations, int Pages, string GoldSha256) Collect(IReadOnlyList<string> dirs)
    {
        var observations = new List<Observation>();
        var pages = 0;
        var hashed = new List<(string Name, string Sha)>();
        foreach (var dir in dirs)
        {
            var golds = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(dir, "*" + GoldSuffix).Order(StringComparer.Ordinal))
            {
                var stem = Path.GetFileName(file)[..^GoldSuffix.Length];
                var text = Path.Combine(dir, stem + ".txt");
                if (!File.Exists(text))
                {
                    continue;
                }
                using var doc = JsonDocument.Parse(File.ReadAllText(file));
                golds[stem] = doc.RootElement.Clone();
                hashed.Add((Path.GetFileName(file), Sha256(File.ReadAllBytes(file))));
                hashed.Add((stem + ".txt", Sha256(File.ReadAllBytes(text))));
            }
            var texts = golds.Keys.Select(s => Path.Combine(dir, s + ".txt")).ToList();
            foreach (var processed in new ArticlePipeline().Extract(texts))
            {
                if (processed.Result is null)
                {
                    throw new InvalidOperationException($"{processed.Source}: {processed.Error}");
                }
                var gold = golds[Path.GetFileNameWithoutExtension(processed.Source)];
                if (GoldScorer.Bool(gold, "exclude"))
                {
                    continue;
                }
                pages++;
                Observe(processed.Result, gold, observations);
            }
        }
        var all = new StringBuilder();
        foreach (var (name, sha) in hashed.OrderBy(h => h.Name, StringComparer.Ordinal))
        {
            all.Append(name).Append('\t').Append(sha).Append('\n');
        }
        return (observations, pages, Sha256(Encoding.UTF8.GetBytes(all.ToString())));
    }

    private static void Observe(ExtractedArticle result, JsonElement gold, List<Observation> into)
    {
        if (!result.IsAgreement)
        {
            return;
        }
        using var doc = JsonDocument.Parse(ArticleJson.ToJsonLine(result));
        var predicted = GoldScorer.Array(doc.RootElement, "agreements");
        var golds = GoldScorer.Array(gold, "agreements");
        if (predicted.Count != result.Agreements.Count)
        {
            throw new InvalidOperationException($"{result.Article.Source}: the JSON lists {predicted.Count} agreements, the model {result.Agreements.Count}");
        }
        var pairing = GoldScorer.PairAgreements(predicted, golds).ToDictionary(p => p.Pred, p => p.Gold);
        for (var i = 0; i < predicted.Count; i++)
        {
            var agreement = result.Agreements[i];
            var paired = pairing.TryGetValue(i, out var j);
            into.Add(new Observation(ConfidenceBuckets.Name(agreement.Provenance), paired, OldConstants.Of(agreement)));
            var matched = paired ? GoldScorer.MatchParties(predicted[i], golds[j]).Select(m => m.Pred).ToHashSet() : [];
            for (var k = 0; k < agreement.Parties.Count; k++)
            {
                var source = agreement.Parties[k].Provenance;
                into.Add(new Observation(ConfidenceBuckets.Name(source), matched.Contains(k), OldConstants.Of(source)));
            }
            if (!paired)
            {
                continue;
            }
            var (pa, ga) = (predicted[i], golds[j]);
            foreach (var (field, source) in agreement.FieldProvenance)
            {
                var bucket = ConfidenceBuckets.Name(source);
                var old = OldConstants.Of(source);
                switch (field)
                {
                    case "kind":
                        into.Add(new Observation(bucket, ScoreFolding.Fold(Str(pa, "kind")).SequenceEqual(ScoreFolding.Fold(Str(ga, "kind"))), old));
                        break;
                    case "subject":
                        into.Add(new Observation(bucket, Str(ga, "subject") is not null
                            && ScoreFolding.Overlap(ScoreFolding.Fold(Str(pa, "subject")), ScoreFolding.Fold(Str(ga, "subject"))) >= SubjectThreshold, old));
                        break;
                    case "signed_on":
                        into.Add(new Observation(bucket, GoldScorer.DateOk(Str(pa, "signed_on"), Str(ga, "signed_on")), old));
                        break;
                    case "items":
                        var items = GoldScorer.MatchItems(pa, ga).Select(m => m.Pred).ToHashSet();
                        for (var k = 0; k < agreement.Items.Count; k++)
                        {
                            into.Add(new Observation(bucket, items.Contains(k), old));
                        }
                        break;
                    default:
                        throw new InvalidOperationException($"field {field} has a provenance but no gold check");
                }
            }
        }
    }

    private static string? Str(JsonElement e, string name) => JsonFields.String(e, name);

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
