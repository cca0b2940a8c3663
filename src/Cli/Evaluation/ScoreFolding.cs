using System.Text.RegularExpressions;
using Extraction.Ingest.Text;

namespace Extraction.Cli.Evaluation;

/// <summary>
/// The name folding of the reference scorer (shared/tools/score.py `fold`), reproduced exactly so
/// `agreements eval` prints the same numbers: its own small abbreviation table, not the product lexicon; the
/// folding itself is the kernel's.
/// </summary>
internal static partial class ScoreFolding
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["ubmttq"] = "uy ban mat tran to quoc",
        ["ubmttqvn"] = "uy ban mat tran to quoc viet nam",
        ["mttq"] = "mat tran to quoc",
        ["mttqvn"] = "mat tran to quoc viet nam",
        ["mt"] = "mat tran",
        ["ubnd"] = "uy ban nhan dan",
        ["hdnd"] = "hoi dong nhan dan",
        ["nhcsxh"] = "ngan hang chinh sach xa hoi",
        ["csxh"] = "chinh sach xa hoi",
        ["ldtbxh"] = "lao dong thuong binh va xa hoi",
        ["tbxh"] = "thuong binh va xa hoi",
        ["lhpn"] = "lien hiep phu nu",
        ["hlhpn"] = "hoi lien hiep phu nu",
        ["ccb"] = "cuu chien binh",
        ["tncs"] = "thanh nien cong san",
        ["tn"] = "thanh nien",
        ["ldld"] = "lien doan lao dong",
        ["bchqs"] = "bo chi huy quan su",
        ["bdbp"] = "bo doi bien phong",
        ["gddt"] = "giao duc va dao tao",
        ["tttt"] = "thong tin va truyen thong",
        ["vhttdl"] = "van hoa the thao va du lich",
        ["nnptnt"] = "nong nghiep va phat trien nong thon",
        ["tnmt"] = "tai nguyen va moi truong",
        ["khcn"] = "khoa hoc va cong nghe",
        ["khdt"] = "ke hoach va dau tu",
        ["tp"] = "thanh pho",
        ["tx"] = "thi xa",
        ["vn"] = "viet nam",
        ["ctxh"] = "chinh tri xa hoi",
        ["pgd"] = "phong giao dich",
    };

    [GeneratedRegex(@"\b([a-z]{1,3})[-.]([a-z]{1,3})(?:\s+va\s+|[-.])([a-z]{1,3})\b")]
    private static partial Regex SplitAbbreviation();

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex Word();

    public static List<string> Fold(string? text)
    {
        // score.py's fold (NFC, lower, đ→d, NFD, marks off) is the kernel's: equal on every BMP char, alone and
        // with marks, but "İ", which .NET's invariant lower case left upper case and Python folds to "i" (docs/decisions.md).
        var stripped = VietnameseFold.Fold(text ?? "").Replace("&", " va ", StringComparison.Ordinal);
        stripped = SplitAbbreviation().Replace(stripped, m =>
        {
            var joined = m.Groups[1].Value + m.Groups[2].Value + m.Groups[3].Value;
            return Abbreviations.ContainsKey(joined) ? joined : m.Value;
        });
        var words = new List<string>();
        foreach (Match m in Word().Matches(stripped))
        {
            if (Abbreviations.TryGetValue(m.Value, out var expansion))
            {
                words.AddRange(expansion.Split(' '));
            }
            else
            {
                words.Add(m.Value);
            }
        }
        return words;
    }

    /// <summary>Shared words (as a multiset) over the length of the longer list.</summary>
    public static double Overlap(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0.0;
        }
        var rest = b.ToList();
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
}
