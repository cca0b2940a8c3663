using Extraction.Extract.Confidence;
using Extraction.Extract.Lexicons;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Parties;

/// <summary>
/// A counted group that refers back to members named before (extract-gaps class 4): "làm việc tại 2 huyện A, B … ký kết
/// giữa UBND 2 huyện nói trên với Trường X", "… giữa hai chính phủ P và Q. … ký hiệp định giữa hai chính phủ",
/// "tại Trường X diễn ra lễ ký kết giữa hai trường. … Phía Trường Y có …". The group's members are the sides: named
/// by a list under the same count and unit word earlier on the page ("2 huyện A, B"), or, for an organisation
/// head, by exactly as many distinct bodies with that head around the signing sentence. A written number must equal
/// the members found, so an unrelated list is never taken.
/// </summary>
internal static class CountedReferBack
{
    // Words that point back to what was named: "4 xã vừa nêu", "hai huyện nói trên", "5 đơn vị trên", "hai trường này".
    private static readonly PhraseLexicon<bool> Referring = new(
        new string[][] { ["vừa", "nêu"], ["nói", "trên"], ["kể", "trên"], ["nêu", "trên"], ["trên"], ["này"] }.Select(words => (words, true)), t => t.Lower);

    // How far the members may stand from the signing sentence: lists before it, bodies named around it.
    private const int ListSentencesBack = 6;
    private const int NamedSentencesAround = 2;

    /// <summary>
    /// The sides with the counted group replaced by its members; null when no group is found or its members are not.
    /// </summary>
    public static List<PartyMention>? Resolve(
        string text, IReadOnlyList<Sentence> sentences, int index, IReadOnlyList<Token> tokens, List<PartyMention> parties, ArticlePlace place)
    {
        if (parties.Count == 0)
        {
            return BetweenGroup(text, sentences, index, tokens, place);
        }
        for (var p = 0; p < parties.Count; p++)
        {
            var party = parties[p];
            if (party.InTitle)
            {
                continue;
            }
            var own = Tokenizer.Tokenize(text, party.Start, party.End);
            if (CountedEnd(own) is not var (countAt, count, unitLength))
            {
                continue;
            }
            var head = text[own[0].Start..own[countAt - 1].End];
            var unit = own.Skip(countAt + 1).Select(t => t.Text).ToArray();
            var members = ListedBefore(text, sentences, index, party.Start, unit, count, head);
            if (members is null)
            {
                continue;
            }
            return [.. parties.Take(p), .. members.Select(m => m with { Partner = party.Partner }), .. parties.Skip(p + 1)];
        }
        return null;
    }

    /// <summary>The end of the referring words at <paramref name="at"/> ("vừa nêu", "nói trên", "này"), or <paramref name="at"/>.</summary>
    public static int ReferringEnd(IReadOnlyList<Token> tokens, int at) =>
        Referring.Match(tokens, at) is { } words ? at + words.Length : at;

    /// <summary>Whether the body ending at <paramref name="end"/> closes on a count and a unit word ("UBND 3 tỉnh").</summary>
    public static bool EndsCounted(IReadOnlyList<Token> tokens, int start, int end) => CountedEnd(tokens, start, end) is not null;

    /// <summary>The count and unit word that close tokens [start, end) after a head of their own ("UBND 3 tỉnh"), or null.</summary>
    private static (int At, int Count, int UnitLength)? CountedEnd(IReadOnlyList<Token> tokens, int start = 0, int end = -1)
    {
        end = end < 0 ? tokens.Count : end;
        for (var c = start + 1; c + 1 < end; c++)
        {
            if (GroupAt(tokens, c) is var (_, count, length) && c + 1 + length == end)
            {
                return (c, count, length);
            }
        }
        return null;
    }

    /// <summary>"giữa hai trường", "giữa hai chính phủ": a bare counted unit right after "giữa", nothing named after it.</summary>
    private static List<PartyMention>? BetweenGroup(string text, IReadOnlyList<Sentence> sentences, int index, IReadOnlyList<Token> tokens, ArticlePlace place)
    {
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            if (!tokens[k].IsWord || tokens[k].Lower != "giữa" || GroupAt(tokens, k + 1) is not var (at, count, unitLength))
            {
                continue;
            }
            var after = at + 1 + unitLength;
            if (after < tokens.Count && tokens[after].IsUpperInitial)
            {
                // "giữa hai tỉnh A và B" names its members itself.
                return null;
            }
            var unit = Enumerable.Range(at + 1, unitLength).Select(x => tokens[x].Text).ToArray();
            return ListedBefore(text, sentences, index, tokens[k].Start, unit, count, head: null)
                ?? (IsAdminUnit(tokens, at + 1) ? null : NamedAround(text, sentences, index, unit, count, place));
        }
        return null;
    }

    /// <summary>A count at <paramref name="c"/> followed by a lower-case unit word: an admin keyword or an organisation head.</summary>
    private static (int At, int Count, int UnitLength)? GroupAt(IReadOnlyList<Token> tokens, int c)
    {
        if (c + 1 >= tokens.Count)
        {
            return null;
        }
        var t = tokens[c];
        var count = NumberWords.Count(t);
        if (count < 2 || count > 20 || tokens[c + 1].IsUpperInitial || !tokens[c + 1].IsWord)
        {
            return null;
        }
        if (AdminPhraseParser.Parse(tokens, c + 1, allowCapitalKeyword: false) is { } unit)
        {
            return (c, count, unit.NameStart - unit.Start);
        }
        return OrgHeadLexicon.Default.Match(tokens, c + 1) is { } head ? (c, count, head.Words.Length) : null;
    }

    private static bool IsAdminUnit(IReadOnlyList<Token> tokens, int at) =>
        AdminPhraseParser.Parse(tokens, at, allowCapitalKeyword: false) is { IsBare: true };

    /// <summary>
    /// The nearest list "N unit A, B, C" (the same count and unit word) before <paramref name="before"/> in this sentence
    /// or the few before it, as sides: named by the member, canonical with the head and unit word.
    /// </summary>
    private static List<PartyMention>? ListedBefore(string text, IReadOnlyList<Sentence> sentences, int index, int before, string[] unit, int count, string? head)
    {
        for (var s = index; s >= 0 && s >= index - ListSentencesBack; s--)
        {
            var sentence = sentences[s];
            if (before <= sentence.Start)
            {
                continue;
            }
            var tokens = Tokenizer.Tokenize(text, sentence.Start, Math.Min(sentence.End, before));
            for (var k = tokens.Count - 2; k >= 0; k--)
            {
                if (GroupAt(tokens, k) is not var (_, n, length) || n != count || length != unit.Length
                    || !Enumerable.Range(0, length).All(x => tokens[k + 1 + x].Key == TextKeys.Fold(unit[x])))
                {
                    continue;
                }
                var members = SharedHeadList.ListAt(tokens, k + 1 + length);
                if (members.Count != count)
                {
                    continue;
                }
                var prefix = string.Join(' ', new[] { head, string.Join(' ', unit) }.Where(w => !string.IsNullOrEmpty(w)));
                prefix = char.ToUpperInvariant(prefix[0]) + prefix[1..];
                return members.Select(m =>
                {
                    var name = text[tokens[m.Start].Start..tokens[m.End - 1].End];
                    return new PartyMention(name, $"{prefix} {name}", tokens[m.Start].Start, tokens[m.End - 1].End, Provenance.PartyReferredBack);
                }).ToList();
            }
        }
        return null;
    }

    /// <summary>Exactly <paramref name="count"/> distinct bodies with the unit word as their head, named around the signing sentence.</summary>
    private static List<PartyMention>? NamedAround(string text, IReadOnlyList<Sentence> sentences, int index, string[] unit, int count, ArticlePlace place)
    {
        var found = new List<PartyMention>();
        var keys = unit.Select(u => TextKeys.Fold(u)).ToArray();
        for (var s = Math.Max(0, index - NamedSentencesAround); s < sentences.Count && s <= index + NamedSentencesAround; s++)
        {
            var tokens = Tokenizer.Tokenize(text, sentences[s].Start, sentences[s].End);
            foreach (var org in PartyFinder.ScanOrganisations(tokens))
            {
                if (org.IsPlaceOnly || org.End - org.Start <= keys.Length || !tokens[org.Start].IsUpperInitial
                    || !Enumerable.Range(0, keys.Length).All(x => tokens[org.Start + x].Key == keys[x]))
                {
                    continue;
                }
                var mention = new PartyMention(
                    text[tokens[org.Start].Start..tokens[org.End - 1].End], PartyCanonicalizer.Canonicalize(tokens, org, place),
                    tokens[org.Start].Start, tokens[org.End - 1].End, Provenance.PartyReferredBack);
                if (!found.Any(f => PartySimilarity.Same(f, mention)))
                {
                    found.Add(mention);
                }
            }
        }
        return found.Count == count ? found : null;
    }
}
