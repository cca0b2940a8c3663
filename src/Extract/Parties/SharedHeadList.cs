using Extraction.Extract.Lexicons;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Parties;

/// <summary>
/// One head noun shared by a list of places: "Công an các tỉnh A, B và C", "Trung tâm Y tế các huyện, thị xã
/// gồm A, B, C", "Hội Nông dân 4 huyện: A, B, C, D", "Đồn Biên phòng các xã: A, B (huyện P) và C", and the
/// head written before the first member only, "Chi cục Thủy sản A, B và C" when A, B, C are known places.
/// Each member is a side named by its place; the canonical name puts the head (and unit word) before it.
/// </summary>
internal static class SharedHeadList
{
    private static readonly HashSet<string> Counts = WordSetLexicon.Group("head-list-count");

    private const int MaxMemberWords = 4;

    /// <summary>A count or plural mark written before a list's unit word ("3", "hai", "các"): the list's, never its head's.</summary>
    internal static bool IsCount(Token t) => t.Kind == TokenKind.Number || (t.IsWord && Counts.Contains(t.Lower));

    /// <summary>Where a head ends once the counts written right before <paramref name="end"/> are left out.</summary>
    public static int BeforeCounts(IReadOnlyList<Token> tokens, int start, int end)
    {
        while (end - 1 > start && IsCount(tokens[end - 1]))
        {
            end--;
        }
        return end;
    }

    /// <summary>A head's list of member places, or null. <paramref name="headEnd"/> is where the head's own words end.</summary>
    public static Distribution? Find(IReadOnlyList<Token> tokens, int headStart, int headEnd)
    {
        if (headEnd <= headStart || headEnd >= tokens.Count)
        {
            return null;
        }
        var k = headEnd;
        // A list needs a plural mark: a count or "các", two unit words, or a colon / "gồm" ("UBND tỉnh, ông X" is no list).
        var plural = false;
        while (k < tokens.Count && IsCount(tokens[k]) && k - headEnd < 2)
        {
            k++;
            plural = true;
        }
        string? keyword = null;
        while (k < tokens.Count && Keyword(tokens, k) is { } kw)
        {
            keyword ??= kw.Text;
            k += kw.Length;
            // "tỉnh, thành phố", "huyện, thị xã và thành phố", "tỉnh/thành"
            if (k + 1 < tokens.Count && tokens[k].Text is "," or "/" or "và" && Keyword(tokens, k + 1) is not null)
            {
                k++;
                plural = true;
            }
        }
        if (keyword is null)
        {
            return null;
        }
        // "Công an 6 tỉnh phía Bắc gồm: A, B": a few descriptor words may stand between the counted unit and "gồm"/":".
        if (plural && RuleSwitch.On("ListAfterDescriptor") && DescriptorBeforeList(tokens, k) is > 0 and var skip)
        {
            k += skip;
        }
        while (k < tokens.Count && (tokens[k].Text == ":" || tokens[k].Lower is "gồm" or "là"))
        {
            k++;
            plural = true;
        }
        if (!plural)
        {
            return null;
        }
        var members = Members(tokens, k, requireKnown: false);
        return members.Count >= 2 ? new Distribution(headStart, headEnd, keyword, members) : null;
    }

    /// <summary>"Chi cục Thủy sản Cà Mau, Bạc Liêu và Kiên Giang": the name ends in a known place that a list of known places continues.</summary>
    public static Distribution? FindAfterFirstMember(IReadOnlyList<Token> tokens, OrgMatch org)
    {
        // The grammar may have read the list into the name ("A, B và C" joined as name words) or stopped at its first comma.
        var headEnd = OrgNameGrammar.HeadEnd(tokens, org.Start, out _);
        // "Trung tâm Y tế huyện A, B và C" (extract-gaps class 1): the first member written with its unit word shows the
        // list's unit; the names after it need not be known places when a list of three or more is closed by "và".
        // Only an organisation's head shares the list, and only names without a unit word of their own join it.
        if (RuleSwitch.On("KeywordFirstMember") && !org.IsPlaceOnly && headEnd > org.Start
            && org.Place is { IsBare: false } firstUnit && firstUnit.End == org.End && firstUnit.Start >= headEnd
            && Members(tokens, firstUnit.NameStart, requireKnown: false, firstUnit.Keyword) is { Count: >= 3 } listed
            && listed[0].End == org.End && listed.Skip(1).All(m => m.Keyword is null) && ClosedByAnd(tokens, listed[^1]) && ListEnds(tokens, listed[^1].End))
        {
            // "Sở Y tế 3 tỉnh A, B và C": the count is the list's, not part of each member's head.
            var listHeadEnd = RuleSwitch.On("CountOutOfHead") ? BeforeCounts(tokens, org.Start, firstUnit.Start) : firstUnit.Start;
            return new Distribution(org.Start, listHeadEnd, firstUnit.Keyword, listed);
        }
        for (var start = Math.Max(headEnd, org.Start + 1); start < org.End; start++)
        {
            if (tokens[start - 1].Text is "," || tokens[start - 1].Lower == "và" || !AdminPhraseParser.IsKnownPlace(tokens, start))
            {
                continue;
            }
            // "Liên minh Hợp tác xã thành phố A và tỉnh B": the unit word before the first member is that member's.
            var ownEnd = start;
            string? own = null;
            for (var kw = Math.Max(headEnd, start - 2); kw < start; kw++)
            {
                if (Keyword(tokens, kw) is { } found && kw + found.Length == start)
                {
                    (ownEnd, own) = (kw, found.Text);
                    break;
                }
            }
            var members = Members(tokens, start, requireKnown: true, own);
            if (members.Count >= 2 && members[^1].End >= org.End)
            {
                return new Distribution(org.Start, ownEnd, null, members);
            }
        }
        if (RuleSwitch.On("UnknownPlaceList") && UnknownPlaceList(tokens, org, headEnd) is { } unknown)
        {
            return unknown;
        }
        return null;
    }

    /// <summary>
    /// "Hội Nông dân A, B và C", "Chi cục Thủy sản A, B, C và D" with places the lexicon does not know (districts and communes
    /// are not shipped): the name ends in a run of capitalised words right before its first comma, and three or more such
    /// runs follow, closed by "và" or by "và" and a new body. A place is written with every syllable capitalised, a field
    /// with only its first ("Văn hóa, Thể thao và Du lịch"), so each member must be two or more capitalised words, none an
    /// abbreviation.
    /// </summary>
    private static Distribution? UnknownPlaceList(IReadOnlyList<Token> tokens, OrgMatch org, int headEnd)
    {
        if (org.IsPlaceOnly || org.Place is not null || headEnd <= org.Start)
        {
            return null;
        }
        var comma = headEnd;
        while (comma < tokens.Count && comma <= org.End && tokens[comma].Text != ",")
        {
            comma++;
        }
        if (comma >= tokens.Count || comma > org.End)
        {
            return null;
        }
        var first = comma;
        while (first - 1 >= headEnd && IsPlaceWord(tokens[first - 1]))
        {
            first--;
        }
        if (comma - first < 2 || comma - first > MaxMemberWords)
        {
            return null;
        }
        var members = Members(tokens, first, requireKnown: false);
        return members.Count >= 3 && members[0].End == comma && members.All(m => m.Keyword is null && m.End - m.Start >= 2
                && Enumerable.Range(m.Start, m.End - m.Start).All(k => IsPlaceWord(tokens[k])))
            && ((ClosedByAnd(tokens, members[^1]) && ListEnds(tokens, members[^1].End)) || NewBodyAfter(tokens, members[^1].End))
            ? new Distribution(org.Start, first, null, members)
            : null;
    }

    /// <summary>"A, B, C và Sở Y": the list ends where "và" opens another body.</summary>
    private static bool NewBodyAfter(IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].Lower == "và" && OrgNameGrammar.HeadEnd(tokens, k + 1, out _) > 0;

    private static bool IsPlaceWord(Token t) => t.IsWord && t.IsUpperInitial && !t.IsAbbreviation;

    /// <summary>The list of member places starting at token <paramref name="k"/> (any capitalised place names).</summary>
    public static List<Member> ListAt(IReadOnlyList<Token> tokens, int k) => Members(tokens, k, requireKnown: false);

    /// <summary>Where a list opens: after the first "gồm" or ":" among tokens [from, limit), or -1.</summary>
    public static int ListOpen(IReadOnlyList<Token> tokens, int from, int limit)
    {
        for (var k = from; k < Math.Min(tokens.Count, limit); k++)
        {
            if (tokens[k].Text == ":" || tokens[k].Lower == "gồm")
            {
                var open = k + 1;
                while (open < tokens.Count && tokens[open].Text == ":")
                {
                    open++;
                }
                return open < tokens.Count ? open : -1;
            }
        }
        return -1;
    }

    private static List<Member> Members(IReadOnlyList<Token> tokens, int k, bool requireKnown, string? firstKeyword = null)
    {
        var members = new List<Member>();
        while (k < tokens.Count)
        {
            // "xã Tân Lập, xã Phú Mỹ", "thành phố A và tỉnh B": each member may name its own unit word. Once the list has
            // begun, a three-word place opening with a family name ("…, Phú Mỹ, Hà Thanh Bình và …") is a member, not a person
            // (FamilyNameMember).
            var own = members.Count == 0 ? firstKeyword : null;
            if (Keyword(tokens, k) is { } kw && k + kw.Length < tokens.Count && tokens[k + kw.Length].IsUpperInitial)
            {
                k += kw.Length;
                own = kw.Text;
            }
            var s = k;
            // A known place is one member whole, though one of its later syllables is also a head word (an office's).
            if (RuleSwitch.On("KnownPlaceMember") && AdminPhraseParser.KnownBarePlaceEnd(tokens, k) is > 0 and var placeEnd)
            {
                k = placeEnd;
            }
            while (k < tokens.Count && k - s < MaxMemberWords && tokens[k].IsUpperInitial
                && (k == s || OrgNameGrammar.HeadEnd(tokens, k, out _) < 0))
            {
                k++;
            }
            if (k == s || OrgNameGrammar.HeadEnd(tokens, s, out _) > 0 || (requireKnown && !IsKnown(tokens, s, k))
                || (AdminPhraseParser.IsFamilyName(tokens[s]) && k - s >= 3 && !AdminPhraseParser.IsKnownPlace(tokens, s)
                    && !(RuleSwitch.On("FamilyNameMember") && members.Count > 0)))
            {
                break;
            }
            members.Add(new Member(s, k, own));
            // "Phú Mỹ (huyện Đức Linh)": a parent place in brackets belongs to the member, not to the list.
            if (k < tokens.Count && tokens[k].Text == "(")
            {
                var close = k + 1;
                while (close < tokens.Count && close - k <= 6 && tokens[close].Text != ")")
                {
                    close++;
                }
                if (close < tokens.Count && tokens[close].Text == ")")
                {
                    k = close + 1;
                }
            }
            if (k + 1 < tokens.Count && tokens[k].Text == "," && tokens[k + 1].Lower == "và")
            {
                k++;
            }
            if (k + 1 < tokens.Count && (tokens[k].Text == "," || tokens[k].Lower == "và") && tokens[k + 1].IsWord)
            {
                var next = k + 1;
                if (Keyword(tokens, next) is { } nk)
                {
                    next += nk.Length;
                }
                // The list ends where a new body opens ("…, C và Sở Y").
                if (next < tokens.Count && tokens[next].IsUpperInitial && OrgNameGrammar.HeadEnd(tokens, next, out _) < 0)
                {
                    k++;
                    continue;
                }
            }
            break;
        }
        return members;
    }

    /// <summary>"…, B và C": the last member follows "và" (its own unit word may stand between).</summary>
    private static bool ClosedByAnd(IReadOnlyList<Token> tokens, Member last)
    {
        for (var k = last.Start - 1; k >= 0 && last.Start - k <= 3; k--)
        {
            if (tokens[k].Lower == "và")
            {
                return true;
            }
            if (!tokens[k].IsWord || tokens[k].IsUpperInitial)
            {
                return false;
            }
        }
        return false;
    }

    private static readonly HashSet<string> Aspect = WordSetLexicon.Group("list-end-aspect");

    /// <summary>
    /// Whether the list ends at <paramref name="k"/>: a comma, a bracket, a sentence end or the verb with its aspect words
    /// follow, or, for a list of partners, the word that opens the purpose or the time ("với Hội A, B và C về …",
    /// ListBeforePurpose), or the "với" of the partner after a list of signers ("giữa Hội A 4 xã B, C, D và E với F",
    /// ListBeforePartner). A lower-case word right after a capitalised one ("và Bưu điện tỉnh X") shows that word opened
    /// another name, and a dash a person's role ("và Đ/c X – Chủ tịch …").
    /// </summary>
    private static bool ListEnds(IReadOnlyList<Token> tokens, int k) =>
        k >= tokens.Count || tokens[k].Text is "," or "." or ";" or "(" || tokens[k].Lower == "ký" || Aspect.Contains(tokens[k].Lower)
        || (RuleSwitch.On("ListBeforePurpose") && WordSetLexicon.PartnerEnd.Has(tokens[k]))
        || (RuleSwitch.On("ListBeforePartner") && tokens[k].Lower == "với");

    private const int MaxDescriptorWords = 3;

    private static int DescriptorBeforeList(IReadOnlyList<Token> tokens, int k)
    {
        for (var n = 1; n <= MaxDescriptorWords && k + n < tokens.Count; n++)
        {
            if (!tokens[k + n - 1].IsWord || tokens[k + n - 1].Lower is "gồm" or "và" or "với" || OrgNameGrammar.HeadEnd(tokens, k + n - 1, out _) > 0)
            {
                return 0;
            }
            if (tokens[k + n].Text == ":" || tokens[k + n].Lower == "gồm")
            {
                return n;
            }
        }
        return 0;
    }

    private static bool IsKnown(IReadOnlyList<Token> tokens, int start, int end) =>
        end - start >= 2 && AdminPhraseParser.IsKnownPlace(tokens, start);

    private static (string Text, int Length)? Keyword(IReadOnlyList<Token> tokens, int k)
    {
        if (!tokens[k].IsWord || tokens[k].IsUpperInitial)
        {
            return null;
        }
        var phrase = AdminPhraseParser.Parse(tokens, k, allowCapitalKeyword: false);
        if (phrase is null)
        {
            // "thành" alone stands for "thành phố" in "các tỉnh, thành".
            return tokens[k].Lower == "thành" ? ("thành phố", 1) : null;
        }
        return (phrase.Keyword, phrase.NameStart - phrase.Start);
    }

    /// <summary>The head's tokens and the members, each a token range.</summary>
    /// <summary>A member place's tokens and the unit word written before it, if any.</summary>
    internal sealed record Member(int Start, int End, string? Keyword);

    internal sealed record Distribution(int HeadStart, int HeadEnd, string? Keyword, List<Member> Members)
    {
        public int End => Members[^1].End;

        /// <summary>A place written once after the last member that is every member's ("các sở A, B tỉnh X"); the last member's span holds it.</summary>
        public string? Suffix { get; init; }
    }
}
