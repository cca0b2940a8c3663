using Extraction.Extract.Kinds;
using Extraction.Extract.Lexicons;
using Extraction.Extract.Parties;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>
/// Several documents signed at one event, counted by the signing sentence and listed after it (extract-gaps class 2):
/// "hai bên đã ký 3 văn kiện." then "Đó là: Hiệp định A; Nghị định thư B; Bản ghi nhớ C". One agreement per listed
/// document, each with its own kind and subject; its sides are its own "giữa" group when it names one, otherwise the
/// event's (the sides of the signing sentence).
/// </summary>
internal static class DocumentList
{
    private static readonly HashSet<string> Openers = WordSetLexicon.Group("document-list-opener");

    private static readonly PhraseLexicon<bool> Collectives = WordSetLexicon.Phrases("document-collective");

    /// <summary>How many lines after the signing sentence a list of documents may run.</summary>
    private const int MaxListedLines = 12;

    /// <summary>
    /// "Hai bên đã ký 4 văn kiện hợp tác." then "Đó là: Hiệp định A; Nghị định thư B …", or "… đã ký các văn kiện sau:"
    /// then one line per document: the list after the signing sentence, when that sentence counts the documents (a
    /// number or "các" before a kind or a collective noun) and lists none itself. Null when there is no such list.
    /// </summary>
    public static List<Candidate>? Following(Candidate c, string text, List<Token> tokens, List<Sentence> sentences, ArticlePlace place)
    {
        var index = c.SentenceIndex;
        if (c.IsTitle || index + 1 >= sentences.Count || c.Clause.VerbToken >= tokens.Count
            || tokens[c.Clause.VerbToken].Lower is not ("ký" or "kí" or "kết") || DocumentCount(tokens, c.Clause.VerbEndToken) < 0)
        {
            return null;
        }
        var elements = new List<(List<Token> Tokens, KindMention Kind, int Count, int End)>();
        var next = sentences[index + 1];
        var nextTokens = Tokenizer.Tokenize(text, next.Start, next.End);
        var opener = -1;
        for (var k = 0; k < nextTokens.Count && k < 6 && opener < 0; k++)
        {
            opener = nextTokens[k].Text == ":" || (nextTokens[k].IsWord && Openers.Contains(nextTokens[k].Lower)) ? k : -1;
        }
        if (opener >= 0)
        {
            elements.AddRange(Elements(nextTokens, opener + 1).Select(e => (nextTokens, e.Kind, e.Count, e.End)));
        }
        else if (c.SentenceText.TrimEnd().EndsWith(':'))
        {
            for (var k = index + 1; k < sentences.Count && k <= index + MaxListedLines; k++)
            {
                var line = Tokenizer.Tokenize(text, sentences[k].Start, sentences[k].End);
                if (KindFinder.Opening(line) is not { } kind)
                {
                    break;
                }
                elements.Add((line, kind with { Plural = false }, -1, line.Count));
            }
        }
        if (elements.Count < 2)
        {
            return null;
        }
        var parts = new List<Candidate>();
        foreach (var (line, kind, count, end) in elements.TakeWhile(_ => parts.Count < FrameBuilder.MaxCandidates))
        {
            var groups = PartyFinder.BetweenGroups(text, line.GetRange(kind.Start, end - kind.Start), place);
            AddParts(parts, c, text, line, kind, count, end, groups.Count > 0 ? groups[0].Sides : null, c.Parties, copies: 1);
        }
        return parts;
    }

    /// <summary>
    /// The listed document <paramref name="kind"/> as agreements of its own: one per partner when it counts them
    /// ("Hai thỏa thuận … giữa A với B và C"), else <paramref name="copies"/> between its <paramref name="own"/> sides or,
    /// without those, <paramref name="otherwise"/>. A page frames at most <see cref="FrameBuilder.MaxCandidates"/>
    /// agreements; a crafted list of thousands of documents stops there.
    /// </summary>
    private static void AddParts(List<Candidate> parts, Candidate c, string text, List<Token> line, KindMention kind, int count, int end,
        List<PartyMention>? own, List<PartyMention> otherwise, int copies)
    {
        if (own is not null && count >= 2 && own.Count == count + 1)
        {
            parts.AddRange(own.Skip(1).Take(FrameBuilder.MaxCandidates - parts.Count)
                .Select(partner => Part(c, text, line, kind, end, [own[0], partner], parts.Count)));
            return;
        }
        for (var copy = 0; copy < copies && parts.Count < FrameBuilder.MaxCandidates; copy++)
        {
            parts.Add(Part(c, text, line, kind, end, [.. own ?? otherwise], parts.Count));
        }
    }

    /// <summary>How far after the verb a list in the signing sentence may open: "ký 2 văn kiện hợp tác giữa A và B gồm …".</summary>
    private const int OpenerWindow = 16;

    /// <summary>
    /// "hai bên đã ký 3 văn kiện là: Hiệp định A; Nghị định thư B; Bản ghi nhớ C", "ký hiệp định giữa X và Y, gồm: hiệp
    /// định A; hiệp định B" (<c>DocumentListInSentence</c>): the candidate split into one per document the signing sentence
    /// lists after the verb, or null when it lists fewer than two. Each takes its own "giữa" group when it names one
    /// (one per partner when it counts them: "Hai thỏa thuận … giữa A với B và C"), otherwise the sides named before the list.
    /// </summary>
    public static List<Candidate>? InSentence(Candidate c, string text, List<Token> tokens, ArticlePlace place)
    {
        if (c.IsTitle || c.Clause.VerbToken >= tokens.Count || tokens[c.Clause.VerbToken].Lower is not ("ký" or "kí" or "kết")
            || Opener(tokens, c.Clause.VerbEndToken) is not (>= 0 and var opener))
        {
            return null;
        }
        var elements = Elements(tokens, opener + 1);
        // Documents, not contents: the object counts them or names them plural ("ký 6 văn kiện là:", "ký các văn bản
        // gồm:"), or each listed element restates the object's kind ("ký hiệp định …, gồm: hiệp định A; hiệp định B").
        // "ký Kế hoạch … các nội dung gồm: Chương trình A; Chương trình B" lists what the plan is about.
        if (elements.Count < 2 || !(DocumentCount(tokens, c.Clause.VerbEndToken) >= 0 || RestatesObject(tokens, c.Clause.VerbEndToken, opener, elements)))
        {
            return null;
        }
        // The sides named before the list; where the sentence's sides were resolved from another sentence (members
        // named in the next one), those stand. Sides named inside the list are the elements' own.
        var (listStart, sentenceStart, sentenceEnd) = (tokens[opener].Start, tokens[0].Start, tokens[^1].End);
        var elsewhere = c.Parties.Any(p => p.InTitle || p.Start >= sentenceEnd || p.End <= sentenceStart);
        var eventSides = elsewhere
            ? [.. c.Parties.Where(p => p.InTitle || p.End <= listStart || p.Start >= sentenceEnd)]
            : PartyFinder.Find(text, tokens.GetRange(0, opener), c.Clause, place);
        var listed = elements.Select(e => new ListedDocument(e.Kind, e.Count, e.End, OwnGroup(text, tokens, e.Kind, e.End, place))).ToList();
        var loose = LoosePartners(c, tokens, listed, listStart, sentenceEnd);
        var parts = new List<Candidate>();
        foreach (var document in listed.TakeWhile(_ => parts.Count < FrameBuilder.MaxCandidates))
        {
            var (kind, count, end, own) = document;
            if (own is null && loose.Count > 0)
            {
                var mine = loose.Where(p => document.Holds(tokens, p)).ToList();
                if (mine.Count == 0)
                {
                    continue;
                }
                own = [.. eventSides, .. mine];
            }
            // With no side named before the list, none: a reference ("đại diện chính phủ hai nước") completes it later.
            AddParts(parts, c, text, tokens, kind, count, end, own, eventSides, copies: Math.Max(1, Math.Min(count, MaxPerElement)));
        }
        return parts;
    }

    /// <summary>The listed document's own "giữa" group when it names two sides, else null.</summary>
    private static List<PartyMention>? OwnGroup(string text, List<Token> tokens, KindMention kind, int end, ArticlePlace place)
    {
        var groups = PartyFinder.BetweenGroups(text, tokens.GetRange(kind.Start, end - kind.Start), place);
        return groups.Count > 0 && groups[0].Sides.Count >= 2 ? groups[0].Sides : null;
    }

    /// <summary>
    /// "ký hai thỏa thuận: thỏa thuận A với B và thỏa thuận C với D" (PartnersInElement): the candidate's "với" partners inside the
    /// list but outside any listed document's own "giữa" group, each a partner of the document it stands in. Where the
    /// sentence was already split per document (SharedSignerClauses), a document holding none of them is another part's.
    /// </summary>
    private static List<PartyMention> LoosePartners(Candidate c, List<Token> tokens, List<ListedDocument> listed, int listStart, int sentenceEnd)
    {
        if (!RuleSwitch.On("PartnersInElement"))
        {
            return [];
        }
        return [.. c.Parties.Where(p => p.Partner && !p.InTitle && p.Start >= listStart && p.End <= sentenceEnd
            && !listed.Any(e => e.Group is not null && e.Holds(tokens, p)))];
    }

    /// <summary>A document the signing sentence lists: its kind, the count before it, where it ends, its own "giữa" group.</summary>
    private readonly record struct ListedDocument(KindMention Kind, int Count, int End, List<PartyMention>? Group)
    {
        /// <summary>Whether <paramref name="p"/> is named inside this document's words.</summary>
        public bool Holds(List<Token> tokens, PartyMention p) => tokens[Kind.Start].Start <= p.Start && p.End <= tokens[End - 1].End;
    }

    /// <summary>Whether the verb's object is a kind that every listed element names again.</summary>
    private static bool RestatesObject(List<Token> tokens, int verbEnd, int opener, List<(KindMention Kind, int Count, int End)> elements)
    {
        for (var k = verbEnd; k < opener; k++)
        {
            if (KindFinder.At(tokens, k) is { } kind)
            {
                var key = TextKeys.Fold(tokens[k].Text);
                return elements.All(e => TextKeys.Fold(tokens[e.Kind.Start].Text) == key);
            }
        }
        return false;
    }

    /// <summary>"Hai thỏa thuận …" without its partners apart: as many documents as it counts, up to this.</summary>
    private const int MaxPerElement = 4;

    /// <summary>
    /// The token that opens the list ("là", "gồm", ":"), after a document named by kind or by a collective noun
    /// ("6 văn kiện", "các văn bản hợp tác"), before any sentence or clause end; -1 when there is none.
    /// </summary>
    private static int Opener(List<Token> tokens, int verbEnd)
    {
        var named = false;
        for (var k = verbEnd; k < tokens.Count && k < verbEnd + OpenerWindow; k++)
        {
            var t = tokens[k];
            if (t.Text is "." or ";" or "(")
            {
                return -1;
            }
            if (named && (t.Text == ":" || (t.IsWord && Openers.Contains(t.Lower))))
            {
                return k;
            }
            named |= KindFinder.At(tokens, k) is not null || (t.IsWord && Collectives.Match(tokens, k) is not null);
        }
        return -1;
    }

    /// <summary>
    /// How many documents the verb's object counts ("ký 4 văn kiện" 4, "ký hai hiệp định" 2); 0 for "các"/"những" ("ký
    /// các hiệp định"); -1 when no count or "các" stands within three tokens of the verb before a kind or a collective noun.
    /// </summary>
    public static int DocumentCount(List<Token> tokens, int verbEnd)
    {
        for (var k = verbEnd; k < tokens.Count && k < verbEnd + 3; k++)
        {
            if (!NumberWords.IsCountOrPlural(tokens[k]) || k + 1 >= tokens.Count)
            {
                continue;
            }
            if (KindFinder.At(tokens, k + 1) is null && !(tokens[k + 1].IsWord && Collectives.Match(tokens, k + 1) is not null))
            {
                return -1;
            }
            return NumberWords.IsCount(tokens[k]) ? NumberWords.Count(tokens[k]) : 0;
        }
        return -1;
    }

    /// <summary>
    /// The listed documents from <paramref name="from"/>: each opens with a kind (after ":", a list mark, "và" or a
    /// count) and runs to the next ";" or to a "và" that opens another kind; the list ends at the first part that does
    /// not open with a kind.
    /// </summary>
    private static List<(KindMention Kind, int Count, int End)> Elements(List<Token> tokens, int from)
    {
        var elements = new List<(KindMention, int, int)>();
        var k = from;
        while (k < tokens.Count)
        {
            while (k < tokens.Count && (!tokens[k].IsWord || tokens[k].Lower == "và") && tokens[k].Text != ".")
            {
                k++;
            }
            var count = k < tokens.Count && NumberWords.IsCount(tokens[k]) ? NumberWords.Count(tokens[k]) : -1;
            var at = count > 0 ? k + 1 : k;
            if (KindFinder.At(tokens, at) is not { } kind)
            {
                break;
            }
            var end = kind.End;
            while (end < tokens.Count && tokens[end].Text is not (";" or ".") && !OpensNextDocument(tokens, end))
            {
                end++;
            }
            elements.Add((kind with { Plural = false }, count, end));
            if (end >= tokens.Count || tokens[end].Text == ".")
            {
                break;
            }
            k = end + 1;
        }
        return elements;
    }

    /// <summary>
    /// "Hiệp định A và Bản ghi nhớ B", "Hiệp định A giữa X và Y, Bản ghi nhớ B giữa Z và W": a "và", or a comma before a
    /// capitalised kind (CommaBeforeKind), opens the next document. A subject's own commas stand before lower-case words
    /// ("về hợp tác kinh tế, văn hóa").
    /// </summary>
    private static bool OpensNextDocument(List<Token> tokens, int at) =>
        (tokens[at].Lower == "và"
            || (tokens[at].Text == "," && at + 1 < tokens.Count && tokens[at + 1].IsUpperInitial && RuleSwitch.On("CommaBeforeKind")))
        && KindFinder.At(tokens, at + 1) is not null;

    /// <summary>The listed document at <paramref name="index"/> as a candidate of its own; its subject ends with its element.</summary>
    private static Candidate Part(Candidate c, string text, List<Token> tokens, KindMention kind, int end, List<PartyMention> sides, int index) =>
        DocumentGroups.Part(c, text, tokens.GetRange(0, end), kind, sides, index == 0 ? ListedRole.First : ListedRole.Later);
}
