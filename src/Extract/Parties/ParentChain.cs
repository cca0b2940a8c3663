using Extraction.Extract.Lexicons;
using Extraction.Extract.Text;

namespace Extraction.Extract.Parties;

/// <summary>
/// Hierarchical names whose parents follow after commas: "Cục X, Tổng cục Y, Bộ Z", "Phòng Hậu cần, Bộ Chỉ huy
/// Quân sự tỉnh A". A comma joins the next name to this one when that name's head ranks above this one's (a unit
/// of a department, a department of a ministry); otherwise the comma lists another side ("Ban A, Bộ B").
/// </summary>
internal static class ParentChain
{
    // Units that belong to a larger body; a side listed after one of these with a higher head is its parent.
    private static readonly string[][] Units =
    [
        ["vu"], ["cuc"], ["phong"], ["chi", "cuc"], ["doi"], ["tram"], ["don"], ["hai", "doi"], ["dai", "doi"],
        ["tieu", "doan"], ["trung", "doan"], ["lu", "doan"], ["su", "doan"], ["hai", "doan"],
    ];

    private static readonly string[][] Middle = [["tong", "cuc"], ["bo", "tu", "lenh"], ["bo", "chi", "huy"], ["quan", "khu"], ["quan", "doan"], ["quan", "chung"], ["binh", "chung"]];

    private static readonly string[][] Top = [["bo"]];

    /// <summary>Joins each run "child, parent[, grandparent]" of <paramref name="orgs"/> into one name.</summary>
    public static List<OrgMatch> Join(IReadOnlyList<Token> tokens, List<OrgMatch> orgs)
    {
        if (orgs.Count < 2)
        {
            return orgs;
        }
        var result = new List<OrgMatch>(orgs.Count);
        for (var i = 0; i < orgs.Count; i++)
        {
            var current = orgs[i];
            var rank = Rank(tokens, current);
            while (i + 1 < orgs.Count && orgs[i + 1].Start == current.End + 1 && tokens[current.End].Text == ","
                && !orgs[i + 1].IsPlaceOnly && Rank(tokens, orgs[i + 1]) is var next
                && ((rank > 0 && (next > rank || ArmyParent(tokens, current, orgs[i + 1])
                        || PoliceParent(tokens, current, orgs[i + 1])))
                    || MemberSchool(tokens, current, orgs[i + 1]))
                && !(RuleSwitch.On("PlaceThenSubject") && PlaceThenSubject(tokens, current, orgs[i + 1])))
            {
                current = new OrgMatch(current.Start, orgs[i + 1].End, orgs[i + 1].Place);
                rank = next;
                i++;
            }
            result.Add(current);
        }
        return result;
    }

    /// <summary>
    /// "tại trụ sở Đồn Biên phòng X, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Y đã ký …": the comma closes the place where the
    /// signing is held, and the name after it opens the sentence's subject, its verb right after it.
    /// </summary>
    private static bool PlaceThenSubject(IReadOnlyList<Token> tokens, OrgMatch child, OrgMatch parent)
    {
        if (parent.End >= tokens.Count || !tokens[parent.End].IsWord || !PartyFinder.BeforeVerb.Contains(tokens[parent.End].Lower))
        {
            return false;
        }
        for (var k = child.Start - 1; k >= 0 && k >= child.Start - 4 && tokens[k].IsWord && !tokens[k].IsUpperInitial; k--)
        {
            if (tokens[k].Lower == "tại")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>1 for a unit, 2 for a department or command, 3 for a ministry (abbreviated heads are not ranked); 0 otherwise.</summary>
    private static int Rank(IReadOnlyList<Token> tokens, OrgMatch org)
    {
        if (org.IsPlaceOnly || !tokens[org.Start].IsUpperInitial)
        {
            return 0;
        }
        // Longest head first: "Bộ Chỉ huy" before "Bộ", "Chi cục" before "Cục".
        // "Đồn Biên phòng X, Bộ đội Biên phòng tỉnh Y": a border post belongs to its province's border guard command.
        if (Middle.Any(h => Starts(tokens, org, h)) || (RuleSwitch.On("BorderGuardParent") && Starts(tokens, org, BorderGuard)))
        {
            return 2;
        }
        if (Units.Any(h => Starts(tokens, org, h))
            || (RuleSwitch.On("BorderGuardParent") && Starts(tokens, org, BorderPost)))
        {
            return 1;
        }
        return Top.Any(h => Starts(tokens, org, h)) && org.End - org.Start >= 2 ? 3 : 0;
    }

    // Army echelons, company to division: "Trung đoàn 9, Sư đoàn 5" is one unit named with its parent (a brigade ranks as a regiment).
    private static readonly (string[] Head, int Level)[] Echelons =
        [(["dai", "doi"], 1), (["tieu", "doan"], 2), (["trung", "doan"], 3), (["lu", "doan"], 3), (["su", "doan"], 4)];

    /// <summary>A unit with no place of its own followed by a higher echelon: "Trung đoàn 9, Sư đoàn 5".</summary>
    private static bool ArmyParent(IReadOnlyList<Token> tokens, OrgMatch child, OrgMatch parent) =>
        RuleSwitch.On("ArmyEchelon") && child.Place is null && Echelon(tokens, child) is > 0 and var low && Echelon(tokens, parent) > low;

    private static int Echelon(IReadOnlyList<Token> tokens, OrgMatch org) =>
        Echelons.FirstOrDefault(e => Starts(tokens, org, e.Head)).Level;

    // Police departments and teams ("Phòng Cảnh sát …", "Đội An ninh …") belong to the police of a province or district.
    private static readonly string[][] PoliceUnits = [["phong", "canh", "sat"], ["phong", "an", "ninh"], ["doi", "canh", "sat"], ["doi", "an", "ninh"]];

    /// <summary>"Phòng Cảnh sát kinh tế (PC03), Công an tỉnh X": a police department followed by a placed police is its unit.</summary>
    private static bool PoliceParent(IReadOnlyList<Token> tokens, OrgMatch child, OrgMatch parent) =>
        RuleSwitch.On("PoliceParent") && child.Place is null && PoliceUnits.Any(h => child.Start + h.Length <= child.End && KeysAt(tokens, child.Start, h))
        && !Enumerable.Range(child.Start + 1, child.End - child.Start - 1).Any(k => k + 1 < child.End && tokens[k].Key == "cong" && tokens[k + 1].Key == "an")
        && parent.Place is { IsBare: false } && parent.End - parent.Start >= 3 && KeysAt(tokens, parent.Start, ["cong", "an"]);

    private static readonly string[] BorderGuard = ["bo", "doi", "bien", "phong"];

    private static readonly string[] BorderPost = ["don", "bien", "phong"];

    /// <summary>
    /// "Trường Đại học X, Đại học Y": a university written without "Trường" is a multi-school one, and a school named
    /// before it after a comma is its member school, one side ("Trường Đại học Sư phạm, Đại học Z").
    /// </summary>
    private static bool MemberSchool(IReadOnlyList<Token> tokens, OrgMatch child, OrgMatch parent) =>
        RuleSwitch.On("MemberSchool") && Starts(tokens, child, ["truong"]) && child.End - child.Start >= 3
        && tokens[child.Start + 1].Key == "dai" && tokens[child.Start + 2].Key == "hoc"
        && parent.End - parent.Start >= 3 && Starts(tokens, parent, ["dai", "hoc"]) && tokens[parent.Start].IsUpperInitial;

    private static bool Starts(IReadOnlyList<Token> tokens, OrgMatch org, string[] head) =>
        org.Start + head.Length <= org.End && KeysAt(tokens, org.Start, head)
        && (org.Start + head.Length == org.End || OrgHeadLexicon.Default.Match(tokens, org.Start)?.Words.Length == head.Length);

    /// <summary>Whether the folded words from <paramref name="start"/> are <paramref name="words"/> (the caller checks they fit).</summary>
    internal static bool KeysAt(IReadOnlyList<Token> tokens, int start, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[start + k].Key != words[k])
            {
                return false;
            }
        }
        return true;
    }
}
