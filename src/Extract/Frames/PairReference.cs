using Extraction.Extract.Confidence;
using Extraction.Extract.Lexicons;
using Extraction.Extract.Parties;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>
/// A signing clause that names no side, only a counted reference to two states or two cities the page is about
/// (extract-gaps classes 4, 11 and 17): "hai nước đã ký …", "đại diện chính phủ hai nước đã ký …", "hai thủ tướng đã
/// ký …", "… ký hiệp định … giữa hai nước", "lãnh đạo của 2 TP đã ký …". The page names the pair once, early and
/// joined ("Hiệp định giữa A và B", "quan hệ A - B", "giữa TP P và Q"); the gold names those two as the sides.
/// <list type="bullet">
/// <item><c>PairReference</c>: an agreement with no side takes the first joined pair of the reference's kind (two
/// countries for "nước", "chính phủ", a head of government or minister; two places for "TP", "tỉnh") named in the
/// page up to its signing sentence.</item>
/// <item><c>PairReferenceLone</c>: with no joined pair, exactly two distinct countries named up to the signing
/// sentence are the pair ("đầu tư từ A vào B … ký hiệp định … giữa hai nước").</item>
/// <item><c>PairReferenceOther</c>: an agreement with one side that is one of the pair takes the other.</item>
/// </list>
/// Only the subject before the verb or "giữa" after it holds the reference: "quan hệ hai nước" elsewhere names no signer.
/// </summary>
internal static class PairReference
{
    private static readonly PhraseLexicon<bool> StateNouns = WordSetLexicon.StateNouns;

    private static readonly PhraseLexicon<bool> PlaceNouns = WordSetLexicon.Phrases("city-pair-noun");

    /// <summary>How far before the verb a subject's reference may stand ("Đại diện chính phủ hai nước đã ký").</summary>
    private const int SubjectWindow = 8;

    /// <summary>How far after the verb "giữa hai nước" may close the document's name.</summary>
    private const int BetweenWindow = 25;

    public static void Complete(List<Frame> frames, ToldWithDay dated, string text, List<Sentence> sentences, ArticlePlace place)
    {
        // Sides from the page's pair only for a signing told with a day (PairReferenceDated).
        foreach (var f in frames.Where(f => f.Parties.Count <= 1 && (!RuleSwitch.On("PairReferenceDated") || dated.Holds(f))))
        {
            // Any sentence telling the agreement may hold the reference: a headline line names the document, a later one who signed.
            var (at, reference) = f.Candidates.Where(c => !c.IsTitle)
                .Select(c => (c.SentenceIndex, Reference(Tokenizer.Tokenize(text, sentences[c.SentenceIndex].Start, sentences[c.SentenceIndex].End),
                    c.Clause.VerbToken, c.Clause.VerbEndToken)))
                .FirstOrDefault(r => r.Item2 is not null);
            if (reference is not { } states)
            {
                continue;
            }
            if (f.Parties.Count == 1 && !RuleSwitch.On("PairReferenceOther"))
            {
                continue;
            }
            var pair = JoinedPair(text, sentences, at, states, place)
                ?? (states && RuleSwitch.On("PairReferenceLone") ? LonePair(text, sentences, at, place) : null);
            if (pair is null)
            {
                continue;
            }
            if (f.Parties.Count == 0)
            {
                f.Parties.AddRange(pair);
            }
            else if (pair.FindIndex(p => PartySimilarity.Same(p, f.Parties[0])) is >= 0 and var same)
            {
                f.Parties.Add(pair[1 - same]);
            }
        }
    }

    /// <summary>
    /// Whether the clause refers to its sides by a count of two: true for states ("hai nước"), false for cities or
    /// provinces ("2 TP"), null when it does not (or the count is not two).
    /// </summary>
    private static bool? Reference(List<Token> tokens, int verb, int verbEnd)
    {
        for (var i = Math.Max(0, verb - SubjectWindow); i < verb && i < tokens.Count; i++)
        {
            if (Counted(tokens, i, verb) is { } states)
            {
                return states;
            }
        }
        for (var i = verbEnd; i + 1 < tokens.Count && i < verbEnd + BetweenWindow; i++)
        {
            if (tokens[i].Text is ";" or ":")
            {
                break;
            }
            if (tokens[i].IsWord && tokens[i].Lower == "giữa" && Counted(tokens, i + 1, tokens.Count) is { } states)
            {
                return states;
            }
        }
        return null;
    }

    /// <summary>"hai nước", "2 TP" at <paramref name="i"/>, ending before <paramref name="limit"/>: states or places, else null.</summary>
    private static bool? Counted(List<Token> tokens, int i, int limit)
    {
        if (!(tokens[i].Text == "2" || (tokens[i].IsWord && tokens[i].Lower == "hai")) || i + 1 >= limit)
        {
            return null;
        }
        if (StateNouns.Match(tokens, i + 1) is { } s && i + 1 + s.Length <= limit)
        {
            return true;
        }
        return PlaceNouns.Match(tokens, i + 1) is { } p && i + 1 + p.Length <= limit ? false : null;
    }

    /// <summary>
    /// The first two places of the reference's kind joined by "và", "với" or a dash ("giữa A và B", "A - B", "A-B")
    /// in the page's sentences up to the signing one; null when none is.
    /// </summary>
    private static List<PartyMention>? JoinedPair(string text, List<Sentence> sentences, int at, bool states, ArticlePlace place)
    {
        for (var k = 0; k <= at; k++)
        {
            var tokens = Tokenizer.Tokenize(text, sentences[k].Start, sentences[k].End);
            var named = Named(tokens, states);
            for (var j = 0; j + 1 < named.Count; j++)
            {
                var (a, b) = (named[j], named[j + 1]);
                if (b.Start - a.End is < 1 or > 1 || !(tokens[a.End].Text is "-" or "–" || tokens[a.End].Lower is "và" or "với"))
                {
                    continue;
                }
                var sides = new List<PartyMention>();
                SideMentions.AddNew(sides, SideMentions.Of(text, tokens, a, place, Provenance.PartyReferredBack));
                SideMentions.AddNew(sides, SideMentions.Of(text, tokens, b, place, Provenance.PartyReferredBack));
                if (sides.Count == 2)
                {
                    return sides;
                }
            }
        }
        return null;
    }

    /// <summary>Exactly two distinct countries named in the page up to the signing sentence, else null.</summary>
    private static List<PartyMention>? LonePair(string text, List<Sentence> sentences, int at, ArticlePlace place)
    {
        var sides = new List<PartyMention>();
        for (var k = 0; k <= at; k++)
        {
            var tokens = Tokenizer.Tokenize(text, sentences[k].Start, sentences[k].End);
            foreach (var o in Named(tokens, states: true))
            {
                SideMentions.AddNew(sides, SideMentions.Of(text, tokens, o, place, Provenance.PartyReferredBack));
            }
        }
        return sides.Count == 2 ? sides : null;
    }

    /// <summary>
    /// Countries (states) or named cities and provinces standing alone in a sentence. A one-word country inside a run of
    /// capitalised words is a person's name ("Anh", "Đức") and counts not.
    /// </summary>
    internal static List<OrgMatch> Named(List<Token> tokens, bool states)
    {
        var found = new List<OrgMatch>();
        if (states)
        {
            for (var k = 0; k < tokens.Count; k++)
            {
                if (!tokens[k].IsUpperInitial || CountryLexicon.Default.Match(tokens, k) is not { } country)
                {
                    continue;
                }
                var end = k + country.Length;
                // The second of a joined pair ends it even before a capitalised word ("giữa A và B Trong khuôn khổ …").
                var joined = found.Count > 0 && found[^1].End == k - 1 && (tokens[k - 1].Text is "-" or "–" || tokens[k - 1].Lower is "và" or "với");
                var inName = (k > 0 && tokens[k - 1].IsWord && tokens[k - 1].IsUpperInitial)
                    || (!joined && country.Length == 1 && end < tokens.Count && tokens[end].IsWord && tokens[end].IsUpperInitial);
                if (!inName)
                {
                    found.Add(new OrgMatch(k, end, null) { IsPlaceOnly = true });
                }
                k = end - 1;
            }
            return found;
        }
        foreach (var o in PartyFinder.ScanOrganisations(tokens).Where(o => CountryLexicon.Default.Match(tokens, o.Start) is null
            && (o.IsPlaceOnly || CityAbbreviation(tokens, o))))
        {
            found.Add(o);
            // "giữa TP A và B": the second, a known place named bare after a place with its unit word, stays apart from the scan.
            if (o.End + 1 < tokens.Count && (tokens[o.End].Text is "-" or "–" || tokens[o.End].Lower is "và" or "với")
                && AdminPhraseParser.KnownBarePlaceEnd(tokens, o.End + 1) is > 0 and var bareEnd)
            {
                found.Add(new OrgMatch(o.End + 1, bareEnd, null) { IsPlaceOnly = true });
            }
        }
        return found;
    }

    /// <summary>A city or province written as one abbreviation ("TPHCM"), which the scan reads as a body.</summary>
    private static bool CityAbbreviation(List<Token> tokens, OrgMatch o) =>
        o.End - o.Start == 1 && AbbreviationLexicon.Default.Expand(tokens[o.Start].Text) is { } full
        && (full.StartsWith("Thành phố ", StringComparison.OrdinalIgnoreCase) || full.StartsWith("Tỉnh ", StringComparison.OrdinalIgnoreCase));
}
