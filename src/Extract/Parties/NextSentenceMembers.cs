using Extraction.Extract.Confidence;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Parties;

/// <summary>
/// A counted collective whose members the next sentence lists (extract-gaps class 1, last form): "Công an 6 tỉnh
/// phía Bắc đã ký kết quy chế …. Các tỉnh gồm: A, B, C, …". The members after "gồm"/":" replace the collective,
/// each named by its place, canonical with the head and the unit word; a written number must equal the members
/// counted, so an unrelated list is not taken. "Đó là các huyện A, B và C" opens the list with "là" (CopulaMembers).
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
            if (Listed(text, tokens, ListOpen(tokens), count, keyword) is not { } expanded)
            {
                continue;
            }
            var members = expanded.Select(m => m with { Canonical = $"{head} {m.Canonical}", Source = party.Source, Partner = party.Partner });
            return parties.Take(p).Concat(members).Concat(parties.Skip(p + 1)).ToList();
        }
        return parties;
    }

    /// <summary>
    /// "X ký thỏa thuận với 3 trường cao đẳng trên địa bàn. Đó là: Trường A, Trường B và Trường C" (extract-gaps class 4): a
    /// counted group told in lower-case words names no side; the bodies the next sentence lists, as many as counted, sign
    /// in its place (partners when the group followed "với"). Nothing when the sentence lists members itself.
    /// </summary>
    public static List<PartyMention> AddListedBodies(string text, List<Token> sentence, List<PartyMention> parties, Sentence? next, ArticlePlace place)
    {
        if (next is null || !RuleSwitch.On("NextSentenceBodies") || CountedGroup(sentence) is not var (count, partner)
            || SharedHeadList.ListOpen(sentence, 0, sentence.Count) >= 0)
        {
            return parties;
        }
        var tokens = Tokenizer.Tokenize(text, next.Start, next.End);
        var bodies = PartyFinder.ListedBodies(text, tokens, ListOpen(tokens), place);
        if (bodies.Count < 2 || (count > 0 && bodies.Count != count) || bodies.Any(b => parties.Any(p => PartySimilarity.Same(p, b))))
        {
            return parties;
        }
        return [.. parties, .. bodies.Select(b => b with { Partner = partner })];
    }

    /// <summary>
    /// "với 3 trường cao đẳng", "và các doanh nghiệp": a count (two or more) or "các" right after "với"/"và", then a lower-case
    /// noun; the count (0 for "các") and whether "với" opened it. Null when the sentence has none.
    /// </summary>
    private static (int Count, bool Partner)? CountedGroup(List<Token> tokens)
    {
        for (var k = 1; k + 1 < tokens.Count; k++)
        {
            if (tokens[k - 1].IsWord && tokens[k - 1].Lower is "với" or "và" && LowerCountedGroupAt(tokens, k) is >= 0 and var count)
            {
                return (count, tokens[k - 1].Lower == "với");
            }
        }
        return null;
    }

    /// <summary>
    /// "3 trường cao đẳng", "các doanh nghiệp": a count of two or more (0 for "các") at <paramref name="k"/> and a lower-case
    /// noun after it that is no unit word; -1 otherwise.
    /// </summary>
    internal static int LowerCountedGroupAt(IReadOnlyList<Token> tokens, int k)
    {
        if (k + 1 >= tokens.Count || CountOf(tokens[k]) is var count && (count < 0 || count == 1))
        {
            return -1;
        }
        var noun = tokens[k + 1];
        return noun.IsWord && !noun.IsUpperInitial && !noun.IsAbbreviation && AdminPhraseParser.Parse(tokens, k + 1, allowCapitalKeyword: false) is null
            ? count
            : -1;
    }

    /// <summary>
    /// Where the list opens near the start of the next sentence: after "gồm" or a colon, or after "là" and a plural mark
    /// ("Đó là các huyện A, B và C", CopulaMembers); -1 when none.
    /// </summary>
    private static int ListOpen(List<Token> tokens)
    {
        var open = SharedHeadList.ListOpen(tokens, 0, MaxIntro);
        if (open >= 0 || !RuleSwitch.On("CopulaMembers"))
        {
            return open;
        }
        for (var k = 0; k < Math.Min(tokens.Count - 1, MaxIntro); k++)
        {
            if (tokens[k].IsWord && tokens[k].Lower == "là")
            {
                var at = k + 1;
                while (at < tokens.Count && tokens[at].IsWord && tokens[at].Lower is "các" or "những")
                {
                    at++;
                }
                return at < tokens.Count ? at : -1;
            }
        }
        return -1;
    }

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
