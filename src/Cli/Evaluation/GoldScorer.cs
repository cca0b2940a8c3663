using System.Text.Json;
using Extraction.Extract.Serialization;

namespace Extraction.Cli.Evaluation;

/// <summary>
/// Scores predicted articles against gold annotations by the rules of shared/docs/gold-format.md,
/// step for step as shared/tools/score.py does (a test runs both and compares).
/// </summary>
internal static class GoldScorer
{
    private const double PartyThreshold = 0.75;
    private const double ItemThreshold = 0.6;

    /// <param name="golds">Gold annotation per article stem.</param>
    /// <param name="predictions">Predicted article (contract JSON) per article stem.</param>
    public static EvalResult Score(IReadOnlyDictionary<string, JsonElement> golds, IReadOnlyDictionary<string, JsonElement> predictions)
    {
        var detection = new Prf();
        var parties = new Prf();
        var items = new Prf();
        int datesOk = 0, datesN = 0, pubOk = 0, pubN = 0, missing = 0, articles = 0;
        foreach (var (name, gold) in golds.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (Bool(gold, "exclude"))
            {
                continue;
            }
            articles++;
            JsonElement? pred = predictions.TryGetValue(name, out var p) ? p : null;
            if (pred is null)
            {
                missing++;
            }
            var gIs = Bool(gold, "is_agreement");
            var pIs = pred is JsonElement pe && Bool(pe, "is_agreement");
            detection.Tp += gIs && pIs ? 1 : 0;
            detection.Fp += pIs && !gIs ? 1 : 0;
            detection.Fn += gIs && !pIs ? 1 : 0;
            if (JsonFields.String(gold, "published") is string goldPublished)
            {
                pubN++;
                pubOk += pred is JsonElement pp && JsonFields.String(pp, "published") == goldPublished ? 1 : 0;
            }
            var gAgs = Array(gold, "agreements");
            var pAgs = pIs && pred is JsonElement pa ? Array(pa, "agreements") : [];
            var pairing = PairAgreements(pAgs, gAgs);
            foreach (var (i, j) in pairing)
            {
                var (pag, gag) = (pAgs[i], gAgs[j]);
                var m = MatchParties(pag, gag);
                var pp = Array(pag, "parties");
                var gp = Array(gag, "parties");
                parties.Tp += m.Count;
                parties.Fp += pp.Count - m.Count;
                parties.Fn += gp.Count - m.Count;
                datesN++;
                datesOk += DateOk(JsonFields.String(pag, "signed_on"), JsonFields.String(gag, "signed_on")) ? 1 : 0;
                var mi = MatchItems(pag, gag);
                items.Tp += mi.Count;
                items.Fp += Array(pag, "items").Count - mi.Count;
                items.Fn += Array(gag, "items").Count - mi.Count;
            }
            var pairedP = pairing.Select(x => x.Pred).ToHashSet();
            var pairedG = pairing.Select(x => x.Gold).ToHashSet();
            for (var i = 0; i < pAgs.Count; i++)
            {
                if (!pairedP.Contains(i))
                {
                    parties.Fp += Array(pAgs[i], "parties").Count;
                    items.Fp += Array(pAgs[i], "items").Count;
                }
            }
            for (var j = 0; j < gAgs.Count; j++)
            {
                if (!pairedG.Contains(j))
                {
                    parties.Fn += Array(gAgs[j], "parties").Count;
                    items.Fn += Array(gAgs[j], "items").Count;
                    datesN++;
                }
            }
        }
        return new EvalResult(
            articles,
            missing,
            detection,
            parties,
            datesN > 0 ? (double)datesOk / datesN : null,
            pubN > 0 ? (double)pubOk / pubN : null,
            items);
    }

    /// <summary>Each predicted agreement paired with the gold one it shares most parties with, one to one.</summary>
    internal static List<(int Pred, int Gold)> PairAgreements(IReadOnlyList<JsonElement> predAgreements, IReadOnlyList<JsonElement> goldAgreements) =>
        OneToOneMatcher.Match(predAgreements, goldAgreements, (x, y) => MatchParties(x, y).Count + 0.001, 0.0);

    /// <summary>The predicted parties of a paired agreement that match a gold party (by index), one to one.</summary>
    internal static List<(int Pred, int Gold)> MatchParties(JsonElement predAgreement, JsonElement goldAgreement) =>
        OneToOneMatcher.Match(Array(predAgreement, "parties"), Array(goldAgreement, "parties"), PartyScore, PartyThreshold);

    /// <summary>The predicted items of a paired agreement that match a gold item (by index), one to one.</summary>
    internal static List<(int Pred, int Gold)> MatchItems(JsonElement predAgreement, JsonElement goldAgreement) =>
        OneToOneMatcher.Match(
            Array(predAgreement, "items").Select(x => ScoreFolding.Fold(ItemText(x))).ToList(),
            Array(goldAgreement, "items").Select(x => ScoreFolding.Fold(ItemText(x))).ToList(),
            ScoreFolding.Overlap,
            ItemThreshold);

    private static double PartyScore(JsonElement pred, JsonElement gold)
    {
        var predForms = NameForms(pred);
        var goldForms = NameForms(gold);
        return predForms.SelectMany(p => goldForms.Select(g => ScoreFolding.Overlap(p, g))).Max();
    }

    /// <summary>The canonical and verbatim forms of a party, which may be an object or a bare string.</summary>
    private static List<string>[] NameForms(JsonElement party) => party.ValueKind == JsonValueKind.Object
        ? [ScoreFolding.Fold(JsonFields.String(party, "canonical")), ScoreFolding.Fold(JsonFields.String(party, "name"))]
        : [ScoreFolding.Fold(""), ScoreFolding.Fold(party.ToString())];

    internal static bool DateOk(string? pred, string? gold)
    {
        if (gold is null)
        {
            return pred is null;
        }
        if (pred is null)
        {
            return false;
        }
        return gold.StartsWith("--", StringComparison.Ordinal)
            ? pred.Length >= 5 && pred[^5..] == gold[^5..]
            : pred == gold;
    }

    private static string ItemText(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object ? JsonFields.String(item, "text") ?? "" : item.ToString();

    internal static bool Bool(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.String => v.GetString()!.Length > 0,
            JsonValueKind.Number => v.GetDouble() != 0,
            JsonValueKind.Array => v.GetArrayLength() > 0,
            JsonValueKind.Object => v.EnumerateObject().Any(),
            _ => false,
        };

    internal static List<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToList() : [];
}
