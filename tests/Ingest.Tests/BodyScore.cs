using System.Text.RegularExpressions;

namespace Extraction.Ingest.Tests;

/// <summary>
/// The team's main-text score (port of ../shared/tools/score_body.py): word 4-gram shingles per page, counts
/// normalised per page, precision and recall averaged over pages, F1 of the two means.
/// </summary>
internal static partial class BodyScore
{
    public static (double Precision, double Recall, double F1) Score(IReadOnlyList<(string Truth, string Predicted)> pages)
    {
        var precisions = new List<double>();
        var recalls = new List<double>();
        foreach (var (truth, predicted) in pages)
        {
            var t = Shingles(truth);
            var p = Shingles(predicted);
            var tp = 0;
            foreach (var (k, c) in p)
            {
                tp += Math.Min(c, t.GetValueOrDefault(k));
            }
            var fp = p.Values.Sum() - tp;
            var fn = t.Values.Sum() - tp;
            var total = (double)(tp + fp + fn);
            if (total == 0)
            {
                continue;
            }
            double ntp = tp / total, nfp = fp / total, nfn = fn / total;
            if (ntp + nfp > 0)
            {
                precisions.Add(nfp == 0 && nfn == 0 ? 1 : ntp / (ntp + nfp));
            }
            if (ntp + nfn > 0)
            {
                recalls.Add(nfp == 0 && nfn == 0 ? 1 : ntp / (ntp + nfn));
            }
        }
        var precision = precisions.Count == 0 ? 0 : precisions.Average();
        var recall = recalls.Count == 0 ? 0 : recalls.Average();
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var words = Word().Matches(text ?? "").Select(m => m.Value).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return counts;
        }
        if (words.Count < 4)
        {
            counts[string.Join('\u0001', words)] = 1;
            return counts;
        }
        for (var i = 0; i + 4 <= words.Count; i++)
        {
            var key = string.Join('\u0001', words.Skip(i).Take(4));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}\p{Nl}\p{No}\p{Mn}\p{Mc}_]+")]
    private static partial Regex Word();
}
