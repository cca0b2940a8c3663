using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Parties;

/// <summary>
/// A counted collective whose members the next sentence lists (extract-gaps class 1, last form): "Công an 6 tỉnh
/// phía Bắc đã ký kết quy chế …. Các tỉnh gồm: A, B, C, …". The members after "gồm"/":" replace the collective,
/// each named by its place, canonical with the head and the unit word; a written number must equal the members
/// counted, so an unrelated list is not taken.
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
            var open = -1;
            for (var k = 0; k < Math.Min(tokens.Count, MaxIntro); k++)
            {
                if (tokens[k].Text == ":" || tokens[k].Lower == "gồm")
                {
                    open = k + 1;
                    while (open < tokens.Count && tokens[open].Text == ":")
                    {
                        open++;
                    }
                    break;
                }
            }
            if (open < 0 || open >= tokens.Count)
            {
                continue;
            }
            var members = SharedHeadList.ListAt(tokens, open);
            if (members.Count < 2 || (count > 0 && members.Count != count))
            {
                continue;
            }
            var expanded = members.Select(m =>
            {
                var name = text[tokens[m.Start].Start..tokens[m.End - 1].End];
                return new PartyMention(name, $"{head} {m.Keyword ?? keyword} {name}", tokens[m.Start].Start, tokens[m.End - 1].End, party.Source)
                {
                    Partner = party.Partner,
                };
            });
            var result = parties.Take(p).Concat(expanded).Concat(parties.Skip(p + 1)).ToList();
            return result;
        }
        return parties;
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
