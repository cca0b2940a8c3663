using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Extraction.Extract.Tests.Items;

/// <summary>The folding and matching of /work/shared/tools/score.py, so the measured item F1 is the scorer's.</summary>
internal static partial class ScoreFold
{
    private static readonly Dictionary<string, string> Abbreviations = new()
    {
        ["ubmttq"] = "uy ban mat tran to quoc", ["ubmttqvn"] = "uy ban mat tran to quoc viet nam",
        ["mttq"] = "mat tran to quoc", ["mttqvn"] = "mat tran to quoc viet nam", ["mt"] = "mat tran",
        ["ubnd"] = "uy ban nhan dan", ["hdnd"] = "hoi dong nhan dan", ["nhcsxh"] = "ngan hang chinh sach xa hoi",
        ["csxh"] = "chinh sach xa hoi", ["ldtbxh"] = "lao dong thuong binh va xa hoi", ["tbxh"] = "thuong binh va xa hoi",
        ["lhpn"] = "lien hiep phu nu", ["hlhpn"] = "hoi lien hiep phu nu", ["ccb"] = "cuu chien binh",
        ["tncs"] = "thanh nien cong san", ["tn"] = "thanh nien", ["ldld"] = "lien doan lao dong",
        ["bchqs"] = "bo chi huy quan su", ["bdbp"] = "bo doi bien phong", ["gddt"] = "giao duc va dao tao",
        ["tttt"] = "thong tin va truyen thong", ["vhttdl"] = "van hoa the thao va du lich",
        ["nnptnt"] = "nong nghiep va phat trien nong thon", ["tnmt"] = "tai nguyen va moi truong",
        ["khcn"] = "khoa hoc va cong nghe", ["khdt"] = "ke hoach va dau tu", ["tp"] = "thanh pho", ["tx"] = "thi xa",
        ["vn"] = "viet nam", ["ctxh"] = "chinh tri xa hoi", ["pgd"] = "phong giao dich",
    };

    [GeneratedRegex(@"\b([a-z]{1,3})[-.]([a-z]{1,3})(?:\s+va\s+|[-.])([a-z]{1,3})\b")]
    private static partial Regex InnerPunctuation();

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex Word();

    public static List<string> Fold(string text)
    {
        var lower = text.Normalize(NormalizationForm.FormC).ToLowerInvariant().Replace('đ', 'd');
        var sb = new StringBuilder(lower.Length);
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }
        var s = sb.ToString().Replace("&", " va ", StringComparison.Ordinal);
        s = InnerPunctuation().Replace(s, m =>
        {
            var joined = m.Groups[1].Value + m.Groups[2].Value + m.Groups[3].Value;
            return Abbreviations.ContainsKey(joined) ? joined : m.Value;
        });
        var words = new List<string>();
        foreach (Match m in Word().Matches(s))
        {
            words.AddRange(Abbreviations.TryGetValue(m.Value, out var full) ? full.Split(' ') : [m.Value]);
        }
        return words;
    }

    public static double Overlap(List<string> a, List<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        var rest = new List<string>(b);
        var shared = 0;
        foreach (var w in a)
        {
            if (rest.Remove(w))
            {
                shared++;
            }
        }
        return (double)shared / Math.Max(a.Count, b.Count);
    }

    /// <summary>Greedy best-first one-to-one matching, as score.py: the number of matched pairs.</summary>
    public static int MatchCount(IReadOnlyList<string> predicted, IReadOnlyList<string> gold, double threshold = 0.6)
    {
        var p = predicted.Select(Fold).ToList();
        var g = gold.Select(Fold).ToList();
        var pairs = new List<(double Score, int I, int J)>();
        for (var i = 0; i < p.Count; i++)
        {
            for (var j = 0; j < g.Count; j++)
            {
                pairs.Add((Overlap(p[i], g[j]), i, j));
            }
        }
        var usedP = new HashSet<int>();
        var usedG = new HashSet<int>();
        var count = 0;
        foreach (var (score, i, j) in pairs.OrderByDescending(x => x.Score).ThenByDescending(x => x.I).ThenByDescending(x => x.J))
        {
            if (score < threshold)
            {
                break;
            }
            if (usedP.Contains(i) || usedG.Contains(j))
            {
                continue;
            }
            usedP.Add(i);
            usedG.Add(j);
            count++;
        }
        return count;
    }
}
