using Extraction.Extract.Confidence;
using Extraction.Extract.Lexicons;
using Extraction.Extract.Parties;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>Completes agreements whose signing sentences name fewer than two sides.</summary>
internal static class SideCompleter
{
    /// <summary>How many sentences before the signing one may name the sides of an agreement signed anew.</summary>
    private const int BetweenLookBack = 2;

    public static void Complete(List<Frame> frames, string? title, string text, List<Sentence> sentences, ArticlePlace place)
    {
        if (!string.IsNullOrEmpty(title) && frames.Any(f => f.Parties.Count < 2))
        {
            // The headline names the sides the signing sentence leaves out ("hai bên đã ký kết").
            var sides = PartyFinder.HeadlineSides(title, place).Select(p => p.MapTo(text)).ToList();
            foreach (var f in frames.Where(f => f.Parties.Count < 2))
            {
                if (f.Parties.Count == 0 || sides.Any(s => PartySimilarity.Same(s, f.Parties[0])))
                {
                    f.Parties.AddRange(sides.Where(s => !f.Parties.Any(p => PartySimilarity.Same(p, s))));
                }
            }
        }
        foreach (var f in frames.Where(f => f.Parties.Count == 1 && f.FirstTextCandidate is not null))
        {
            // "Tiếp đó, Sở ký Biên bản ghi nhớ với Công ty X": a bare head as subject names the body introduced before.
            var c = f.FirstTextCandidate!;
            var tokens = Tokenizer.Tokenize(text, sentences[c.SentenceIndex].Start, sentences[c.SentenceIndex].End);
            if (BareHeadSubject(tokens, c.Clause.VerbToken) is { } head
                && Antecedent(text, sentences, c.SentenceIndex, head, place) is { } named
                && !PartySimilarity.Same(named, f.Parties[0]))
            {
                f.Parties.Insert(0, named);
            }
        }
        foreach (var f in frames.Where(f => f.Parties.Count == 0 && f.FirstTextCandidate is not null))
        {
            // "… quy chế phối hợp giữa A, B, C … Tiếp đó, các ngành của tỉnh ký lại quy chế mới":
            // the sides of the agreement the sentence just before names.
            var at = f.FirstTextCandidate!.SentenceIndex;
            for (var k = at - 1; k >= 0 && k >= at - BetweenLookBack && f.Parties.Count == 0; k--)
            {
                var s = sentences[k];
                var tokens = Tokenizer.Tokenize(text, s.Start, s.End);
                f.Parties.AddRange(PartyFinder.BetweenSides(text, tokens, place));
                // "Sở Y tế tỉnh vừa tổng kết quy chế giữa Sở Y tế, Công an, …": the list shortens a body named in full.
                var named = PartyFinder.ScanOrganisations(tokens).Where(o => !o.IsPlaceOnly)
                    .Select(o => SideMentions.Of(text, tokens, o, place, Provenance.PartyFullerEarlier))
                    .ToList();
                for (var i = 0; i < f.Parties.Count; i++)
                {
                    var p = f.Parties[i];
                    var fuller = named.FirstOrDefault(n => n.Start < p.Start && PartySimilarity.Same(n, p)
                        && PartySimilarity.CoreWordCount(n.Name) > PartySimilarity.CoreWordCount(p.Name)
                        && !f.Parties.Any(q => q != p && PartySimilarity.Same(q, n)));
                    if (fuller is not null)
                    {
                        f.Parties[i] = fuller;
                    }
                }
            }
        }
        if (RuleSwitch.On("PersonSides"))
        {
            PersonSides.Complete(frames, text, sentences, place);
        }
        EarlierActors.Complete(frames, text, sentences, place);
        if (RuleSwitch.On("CollectiveSide"))
        {
            CollectiveSides.Complete(frames, text, sentences);
        }
        var dated = new ToldWithDay(title, sentences);
        // Last: a counted reference to the page's two states or cities, only where nothing nearer named a side.
        if (RuleSwitch.On("PairReference"))
        {
            PairReference.Complete(frames, dated, text, sentences, place);
        }
        if (RuleSwitch.On("SentenceStates"))
        {
            SentenceStates.Complete(frames, dated, text, sentences, place);
        }
        if (RuleSwitch.On("GovernmentsSign"))
        {
            GovernmentSides.Apply(frames, text, sentences, place);
        }
        if (RuleSwitch.On("StateFullForm"))
        {
            StateFullForms.Apply(frames, text, sentences);
        }
        if (RuleSwitch.On("PlaceSideUnit"))
        {
            PlaceSideUnits.Apply(frames);
        }
        if (RuleSwitch.On("StateGovernment"))
        {
            StateGovernments.Apply(frames);
        }
        // Last, so each counted document is between the sides its agreement was completed with.
        if (RuleSwitch.On("CountedCopies"))
        {
            CountedDocuments.Complete(frames);
        }
    }

    /// <summary>The folded words of a head standing alone as the subject right before the verb ("…, Sở ký"), or null.</summary>
    private static string[]? BareHeadSubject(List<Token> tokens, int verb)
    {
        var end = verb;
        while (end > 0 && tokens[end - 1].IsWord && tokens[end - 1].Lower is "đã" or "vừa" or "mới" or "cũng" or "tiếp" or "tục")
        {
            end--;
        }
        for (var start = end - 1; start >= 0 && start >= end - 3; start--)
        {
            var head = OrgHeadLexicon.Default.Match(tokens, start);
            // "Cùng dịp, công ty ký …" names the body as "Công ty ký …" does (LowerBareHead).
            if (head is not null && start + head.Words.Length == end && (tokens[start].IsUpperInitial || RuleSwitch.On("LowerBareHead"))
                && (start == 0 || !tokens[start - 1].IsWord))
            {
                return Enumerable.Range(start, end - start).Select(k => tokens[k].Key).ToArray();
            }
        }
        // "Cùng dịp, nhà trường ký …": "the school" names the school introduced before.
        if (RuleSwitch.On("LowerBareHead") && end >= 2 && tokens[end - 2].Lower == "nhà" && tokens[end - 1].Lower == "trường"
            && (end == 2 || !tokens[end - 3].IsWord))
        {
            return [tokens[end - 1].Key];
        }
        return null;
    }

    /// <summary>The nearest earlier body (up to twelve sentences back) whose name opens with <paramref name="head"/> and goes on.</summary>
    private static PartyMention? Antecedent(string text, List<Sentence> sentences, int at, string[] head, ArticlePlace place)
    {
        for (var k = at - 1; k >= 0 && k >= at - 12; k--)
        {
            var tokens = Tokenizer.Tokenize(text, sentences[k].Start, sentences[k].End);
            foreach (var org in PartyFinder.ScanOrganisations(tokens))
            {
                if (org.IsPlaceOnly || org.End - org.Start <= head.Length
                    || !Enumerable.Range(0, head.Length).All(i => tokens[org.Start + i].Key == head[i]))
                {
                    continue;
                }
                return SideMentions.Of(text, tokens, org, place, Provenance.PartyAntecedent);
            }
        }
        return null;
    }
}
