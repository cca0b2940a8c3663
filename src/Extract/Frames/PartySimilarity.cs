using Extraction.Extract.Parties;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>Whether two mentions name the same side: shared folded words, or one a fuller form of the other.</summary>
internal static class PartySimilarity
{
    public static bool Same(PartyMention a, PartyMention b) =>
        Same(a.Canonical, b.Canonical) || Same(a.Name, b.Name) || Same(a.Canonical, b.Name) || Same(a.Name, b.Canonical);

    private static bool Same(string x, string y)
    {
        var a = TextKeys.FoldWords(x);
        var b = TextKeys.FoldWords(y);
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
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
        var shorter = Math.Min(a.Length, b.Length);
        if ((double)shared / Math.Max(a.Length, b.Length) >= 0.75)
        {
            return true;
        }
        // "Ủy ban MTTQ Việt Nam huyện" inside "Ủy ban MTTQ Việt Nam huyện Thăng Bình".
        return shared == shorter && shorter >= 2 && a[0] == b[0];
    }
}
