namespace Extraction.Cli.Evaluation;

/// <summary>Greedy best-first one-to-one matching, with score.py's tie order (higher index first).</summary>
internal static class OneToOneMatcher
{
    public static List<(int Pred, int Gold)> Match<TP, TG>(IReadOnlyList<TP> preds, IReadOnlyList<TG> golds, Func<TP, TG, double> score, double threshold)
    {
        var pairs = new List<(double Score, int I, int J)>();
        for (var i = 0; i < preds.Count; i++)
        {
            for (var j = 0; j < golds.Count; j++)
            {
                pairs.Add((score(preds[i], golds[j]), i, j));
            }
        }
        // Python sorts (score, i, j) tuples in reverse: ties go to the larger i, then the larger j.
        pairs.Sort((x, y) => y.CompareTo(x));
        var usedP = new HashSet<int>();
        var usedG = new HashSet<int>();
        var result = new List<(int, int)>();
        foreach (var (s, i, j) in pairs)
        {
            if (s < threshold)
            {
                break;
            }
            if (usedP.Contains(i) || usedG.Contains(j))
            {
                continue;
            }
            usedP.Add(i);
            usedG.Add(j);
            result.Add((i, j));
        }
        return result;
    }
}
