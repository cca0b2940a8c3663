using Extraction.Extract.Confidence;
using Extraction.Extract.Detection;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Parties;

/// <summary>
/// A counted collective whose members the next sentence lists (extract-gaps class 1, last form): "Công an 6 tỉnh
/// phía Bắc đã ký kết quy chế …. Các tỉnh gồm: A, B, C, …". The members after "gồm"/":" replace the collective,
/// each named by its place, canonical with the head and the unit word; a written number must equal the members
/// counted, so an unrelated list is not taken. A bare count with no head ("6 tỉnh phía Bắc") names no side of its own:
/// its members may also follow in its own sentence (<see cref="FromBareCount"/>).
/// </summary>
internal static class NextSentenceMembers
{
    // "gồm" or a colon opens the list near the start of the next sentence ("Các tỉnh gồm:", "Đó là các huyện:").
    private const int MaxIntro = 8;

    public static List<PartyMention> Expand(string text, List<PartyMention> parties, Sentence? next)
    {
        if (next is null || parties.Count == 0)
        {
            return parties;
        }
        for (var p = 0; p < parties.Count; p++)
        {
            var party = parties[p];
            if (party.InTitle || Collective(Tokenizer.Tokenize(text, party.Start, party.End)) is not var (head, keyword, count))
            {
                continue;
            }
            var tokens = Tokenizer.Tokenize(text, next.Start, next.End);
            if (Listed(text, tokens, SharedHeadList.ListOpen(tokens, 0, MaxIntro), count, keyword) is not { } expanded)
            {
                continue;
            }
            var members = expanded.Select(m => m with { Canonical = $"{head} {m.Canonical}", Source = party.Source, Partner = party.Partner });
            return parties.Take(p).Concat(members).Concat(parties.Skip(p + 1)).ToList();
        }
        return parties;
    }

    /// <summary>
    /// "Ngày 5-3, 6 tỉnh phía Bắc đã ký kết chương trình …. Các tỉnh gồm: A, B, …", "… đã ký kết chương trình …, gồm: A, B,
    /// …", "A ký quy chế với 3 xã biên giới gồm B, C và D" (extract-gaps class 1, the list after a collective): a bare
    /// counted unit opening the subject, or right after "với", names no side itself; the members listed after "gồm"/":"
    /// later in its sentence or at the start of the next one are the sides, each named by its place. The written count
    /// must equal the members, so an unrelated list is not taken.
    /// </summary>
    public static List<PartyMention>? FromBareCount(string text, List<Token> tokens, SigningClause clause, List<PartyMention> parties, Sentence? next)
    {
        if (clause.VerbToken >= tokens.Count || BareCount(tokens, clause) is not var (keyword, count, at, partner))
        {
            return null;
        }
        // The slot must be empty: a side already read there is what the sentence names.
        var slotStart = tokens[at].Start;
        if (parties.Any(x => !x.InTitle && (partner ? x.Start >= slotStart : x.Start < tokens[clause.VerbToken].Start)))
        {
            return null;
        }
        var listed = Listed(text, tokens, SharedHeadList.ListOpen(tokens, Math.Max(at, clause.VerbEndToken), tokens.Count), count, keyword);
        if (listed is null && next is not null)
        {
            var following = Tokenizer.Tokenize(text, next.Start, next.End);
            listed = Listed(text, following, SharedHeadList.ListOpen(following, 0, MaxIntro), count, keyword);
        }
        if (listed is null)
        {
            return null;
        }
        var sides = listed.Select(m => m with { Partner = partner });
        return partner ? [.. parties, .. sides] : [.. sides, .. parties];
    }

    /// <summary>
    /// "6 tỉnh phía Bắc" opening the clause (at the sentence's start or after an opening phrase's comma) before the verb, or
    /// "3 xã" right after the first "với" after it: its unit word, its count, where the unit stands and whether it is the partner.
    /// </summary>
    private static (string Keyword, int Count, int At, bool Partner)? BareCount(List<Token> tokens, SigningClause clause)
    {
        for (var c = clause.VerbToken - 1; c >= 0 && tokens[c].Text != ","; c--)
        {
            if ((c == 0 || tokens[c - 1].Text == ",") && Counted(tokens, c) is { } unit)
            {
                return (unit.Keyword, unit.Count, c, false);
            }
        }
        for (var k = clause.VerbEndToken; k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Lower == "với")
            {
                return Counted(tokens, k + 1) is { } unit ? (unit.Keyword, unit.Count, k + 1, true) : null;
            }
        }
        return null;
    }

    /// <summary>A count of two or more and a unit word with no name ("6 tỉnh", "ba xã") at <paramref name="c"/>.</summary>
    private static (string Keyword, int Count)? Counted(List<Token> tokens, int c) =>
        CountOf(tokens[c]) is >= 2 and var count && AdminPhraseParser.Parse(tokens, c + 1, allowCapitalKeyword: false) is { IsBare: true } unit
            ? (unit.Keyword, count)
            : null;

    /// <summary>The members listed at <paramref name="open"/>, each canonical with its unit word; null when fewer than two or not the count written.</summary>
    private static List<PartyMention>? Listed(string text, List<Token> tokens, int open, int count, string keyword)
    {
        if (open < 0)
        {
            return null;
        }
        var members = SharedHeadList.ListAt(tokens, open);
        if (members.Count < 2 || (count > 0 && members.Count != count))
        {
            return null;
        }
        return members.Select(m =>
        {
            var name = text[tokens[m.Start].Start..tokens[m.End - 1].End];
            return new PartyMention(name, $"{m.Keyword ?? keyword} {name}", tokens[m.Start].Start, tokens[m.End - 1].End, Provenance.PartyPlaceOnly);
        }).ToList();
    }

    /// <summary>A written count ("6", "sáu"; 0 for "các"), or -1.</summary>
    internal static int CountOf(Token t) =>
        t.IsWord && t.Lower == "các" ? 0 : NumberWords.Count(t);

    /// <summary>"Công an 6 tỉnh phía Bắc", "Hội Nông dân các huyện": the head, the unit word and the count (0 for "các").</summary>
    internal static (string Head, string Keyword, int Count)? Collective(List<Token> tokens)
    {
        for (var c = 1; c + 1 < tokens.Count; c++)
        {
            var t = tokens[c];
            var count = CountOf(t);
            if (count < 0 || count == 1)
            {
                continue;
            }
            if (AdminPhraseParser.Parse(tokens, c + 1, allowCapitalKeyword: false) is { IsBare: true } unit)
            {
                return (string.Join(' ', tokens.Take(c).Select(x => x.Text)), unit.Keyword, count);
            }
            return null;
        }
        return null;
    }
}
