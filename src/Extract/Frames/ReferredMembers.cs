using Extraction.Extract.Parties;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>
/// A counted collective that refers back to places listed before it (extract-gaps class 4): "Đoàn đã đến 3 huyện A,
/// B, C … ký kết hợp tác giữa Ủy ban nhân dân 3 huyện nói trên với Trường X". Each listed place signs with the
/// partner: one agreement per place, named by the place, canonical with the collective's head and unit word. Only
/// when a back-reference word follows the collective and the places counted equal the number written.
/// </summary>
internal static class ReferredMembers
{
    private static readonly string[][] BackReferences =
        [["vừa", "nêu"], ["nêu", "trên"], ["nói", "trên"], ["kể", "trên"], ["vừa", "kể"], ["trên"], ["này"]];

    /// <summary>How many sentences before the signing one may hold the list the collective refers to.</summary>
    private const int ListLookBack = 2;

    public static List<Candidate> Split(Candidate c, string text, List<Token> tokens, List<Sentence> sentences, ArticlePlace place)
    {
        if (c.IsTitle)
        {
            return [c];
        }
        foreach (var party in c.Parties)
        {
            if (party.InTitle || NextSentenceMembers.Collective(Tokenizer.Tokenize(text, party.Start, party.End)) is not var (head, keyword, count) || count < 2)
            {
                continue;
            }
            var after = tokens.FindIndex(t => t.Start >= party.End);
            var back = after < 0 ? 0 : BackReferenceLength(tokens, after);
            if (back == 0)
            {
                continue;
            }
            var partners = c.Parties.Where(p => p != party).ToList();
            if (partners.Count == 0 && PartnerAfter(text, tokens, after + back, place) is { } partner)
            {
                partners.Add(partner);
            }
            var members = ListedBefore(text, tokens, party.Start, sentences, c.SentenceIndex, keyword, count);
            if (partners.Count == 0 || members.Count == 0)
            {
                continue;
            }
            return members.Select(m => c.WithParties(
                [new PartyMention(m.Name, $"{head} {m.Keyword ?? keyword} {m.Name}", m.Start, m.End, party.Confidence) { Partner = party.Partner },
                 .. partners])).ToList();
        }
        return [c];
    }

    private static int BackReferenceLength(List<Token> tokens, int k)
    {
        foreach (var phrase in BackReferences)
        {
            if (k + phrase.Length <= tokens.Count && phrase.Select((w, i) => tokens[k + i].Lower == w).All(x => x))
            {
                return phrase.Length;
            }
        }
        return 0;
    }

    /// <summary>"… nói trên với Trường X" / "… và Trường X": the body after the back-reference.</summary>
    private static PartyMention? PartnerAfter(string text, List<Token> tokens, int k, ArticlePlace place)
    {
        if (k + 1 >= tokens.Count || tokens[k].Lower is not ("với" or "và") || OrgNameGrammar.Parse(tokens, k + 1) is not { } org)
        {
            return null;
        }
        var (start, end) = (tokens[org.Start].Start, tokens[org.End - 1].End);
        return new PartyMention(text[start..end], PartyCanonicalizer.Canonicalize(tokens, org, place), start, end, 0.8) { Partner = true };
    }

    /// <summary>The places listed after the same count and unit word ("3 huyện A, B, C"), nearest first, in this sentence before the collective or a few before it.</summary>
    private static List<(string Name, string? Keyword, int Start, int End)> ListedBefore(
        string text, List<Token> tokens, int before, List<Sentence> sentences, int index, string keyword, int count)
    {
        var words = keyword.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextKeys.Lower).ToArray();
        var scopes = new List<List<Token>> { tokens.Where(t => t.End <= before).ToList() };
        for (var s = index - 1; s >= 0 && s >= index - ListLookBack; s--)
        {
            scopes.Add(Tokenizer.Tokenize(text, sentences[s].Start, sentences[s].End));
        }
        foreach (var scope in scopes)
        {
            for (var j = scope.Count - words.Length - 2; j >= 0; j--)
            {
                if (NextSentenceMembers.CountOf(scope[j]) != count || words.Where((w, i) => scope[j + 1 + i].Lower != w).Any())
                {
                    continue;
                }
                var members = SharedHeadList.ListAt(scope, j + 1 + words.Length);
                if (members.Count == count)
                {
                    return members.Select(m => (text[scope[m.Start].Start..scope[m.End - 1].End], m.Keyword, scope[m.Start].Start, scope[m.End - 1].End)).ToList();
                }
            }
        }
        return [];
    }
}
