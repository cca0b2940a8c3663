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
