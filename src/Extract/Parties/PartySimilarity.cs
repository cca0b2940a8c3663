using Extraction.Extract.Lexicons;
using Extraction.Extract.Text;

namespace Extraction.Extract.Parties;

/// <summary>Whether two mentions name the same side: the same folded words, or one a fuller form of the other.</summary>
internal static class PartySimilarity
{
    public static bool Same(PartyMention a, PartyMention b) =>
        Same(a.Canonical, b.Canonical) || Same(a.Name, b.Name) || Same(a.Canonical, b.Name) || Same(a.Name, b.Canonical);

    /// <summary>
    /// Whether two mentions name one side when one may replace the other (a frame taking in a sentence's sides, the fullest
    /// mention naming a side, a longer mention completing one): as <see cref="Same(PartyMention, PartyMention)"/>, but a
    /// body and its counterpart abroad stay two.
    /// </summary>
    public static bool SameBody(PartyMention a, PartyMention b) => !Counterparts(a.Name, b.Name) && Same(a, b);

    /// <summary>
    /// "Bộ Công an" and "Bộ Công an Lào", "Tổng cục Hải quan" and "Tổng cục Hải quan Trung Quốc": the same body's words with a
    /// foreign state after them name its counterpart abroad, not the fuller form of it; the unmarked one is the home body
    /// (`CounterpartSide`).
    /// </summary>
    public static bool Counterparts(string x, string y)
    {
        // Cheap tests first: the two are compared for every pair of a page's sides, and a counterpart's name is the other's
        // words with at least a short state name after them, opening with the same letter.
        if (!RuleSwitch.On("CounterpartSide") || Math.Abs(x.Length - y.Length) < 2 || x.Length == 0 || y.Length == 0
            || char.ToUpperInvariant(x[0]) != char.ToUpperInvariant(y[0]))
        {
            return false;
        }
        var (shorter, longer) = (Words(x), Words(y));
        if (shorter.Count > longer.Count)
        {
            (shorter, longer) = (longer, shorter);
        }
        if (shorter.Count == 0 || shorter.Count == longer.Count)
        {
            return false;
        }
        for (var k = 0; k < shorter.Count; k++)
        {
            if (shorter[k].Key != longer[k].Key)
            {
                return false;
            }
        }
        return CountryLexicon.Default.Match(longer, shorter.Count) is (var length, var state)
            && shorter.Count + length == longer.Count && state != CountryLexicon.HomeState;
    }

    /// <summary>The words of a name, as the folded keys of <see cref="Same(string, string)"/> compare them.</summary>
    private static List<Token> Words(string name) => [.. Tokenizer.Tokenize(name, 0, name.Length).Where(t => t.IsWord)];

    private static bool Same(string x, string y)
    {
        var a = WithoutGovernment(WithoutStandingBody(TextKeys.FoldWords(x)));
        var b = WithoutGovernment(WithoutStandingBody(TextKeys.FoldWords(y)));
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
        if (shared == a.Length && shared == b.Length)
        {
            return true;
        }
        return shared == shorter && shorter >= 2 && a[0] == b[0];
    }

    /// <summary>
    /// "chính quyền tỉnh X" and "tỉnh X" are one side: the place's government is the place that signs (GovernmentOfPlace).
    /// Only for comparing: the fuller mention still names the side.
    /// </summary>
    private static string[] WithoutGovernment(string[] words) =>
        RuleSwitch.On("GovernmentOfPlace") && words.Length > 2 && words[0] == "chinh" && words[1] == "quyen" ? words[2..] : words;

    /// <summary>Words of a name without its standing body ("Lãnh đạo", "Thường trực"): how full a mention is.</summary>
    public static int CoreWordCount(string name) => WithoutStandingBody(TextKeys.FoldWords(name)).Length;

    /// <summary>"Ban Thường trực Ủy ban MTTQ huyện" and "Ủy ban MTTQ huyện" are one side: compare without the standing body.</summary>
    private static string[] WithoutStandingBody(string[] words)
    {
        var skip = 0;
        if (words.Length > 3 && words[0] == "ban" && words[1] == "thuong" && words[2] is "truc" or "vu")
        {
            skip = 3;
        }
        else if (words.Length > 2 && ((words[0] == "thuong" && words[1] == "truc") || (words[0] == "lanh" && words[1] == "dao")))
        {
            skip = 2;
        }
        var core = skip == 0 ? words : words[skip..];
        return WithoutFrontCommittee(core);
    }

    /// <summary>"Mặt trận huyện" is what reports call the "Ủy ban Mặt trận Tổ quốc Việt Nam huyện" once named.</summary>
    private static string[] WithoutFrontCommittee(string[] words)
    {
        var k = words.Length > 2 && words[0] == "uy" && words[1] == "ban" ? 2 : 0;
        if (words.Length < k + 3 || words[k] != "mat" || words[k + 1] != "tran")
        {
            return words;
        }
        var end = k + 2;
        if (end + 1 < words.Length && words[end] == "to" && words[end + 1] == "quoc")
        {
            end += 2;
        }
        if (end + 1 < words.Length && words[end] == "viet" && words[end + 1] == "nam")
        {
            end += 2;
        }
        return ["mat", "tran", .. words[end..]];
    }
}
