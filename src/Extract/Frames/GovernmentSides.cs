using Extraction.Extract.Confidence;
using Extraction.Extract.Lexicons;
using Extraction.Extract.Parties;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>
/// "Đại sứ A tại Việt Nam và Thứ trưởng Bộ X, thay mặt hai chính phủ, đã ký …", "… ký hiệp định … giữa hai Chính phủ"
/// (extract-gaps classes 17 and 20): officials who sign for their governments sign for their states, so the sides are the
/// two states, not the ministries the officials come from. Only where the sentence names exactly one foreign state; the
/// home state is the one the page names as Việt Nam (`GovernmentsSign`).
/// </summary>
internal static class GovernmentSides
{
    public static void Apply(List<Frame> frames, string text, List<Sentence> sentences, ArticlePlace place)
    {
        // The page's first home-state mention, looked for once and only when a sentence needs it.
        var homeOnPage = new Lazy<(List<Token> Tokens, OrgMatch State)?>(() => FirstHomeMention(text, sentences));
        foreach (var f in frames)
        {
            // Most pages name no government: the sentence's words are read only where the cue is written.
            if (f.FirstTextCandidate is not { } c || sentences[c.SentenceIndex] is not { } sentence
                || !ForTwoGovernments(sentence.Text))
            {
                continue;
            }
            var tokens = Tokenizer.Tokenize(text, sentence.Start, sentence.End);
            // Only sides read from the signers before the verb give way: a document's own "giữa A và B" after it, or sides
            // that are states or governments already, are what the page says signed.
            var verbStart = c.Clause.VerbToken < tokens.Count ? tokens[c.Clause.VerbToken].Start : int.MaxValue;
            if (f.Parties.Any(p => p.Start >= verbStart) || (f.Parties.Count > 0 && f.Parties.All(IsState)))
            {
                continue;
            }
            var states = States(tokens).ToList();
            var foreign = states.Where(s => s.Canonical != CountryLexicon.HomeState).Select(s => s.Canonical).Distinct().ToList();
            if (foreign.Count != 1)
            {
                continue;
            }
            var home = states.FirstOrDefault(s => s.Canonical == CountryLexicon.HomeState).State is { } inSentence
                ? (tokens, inSentence)
                : homeOnPage.Value;
            if (home is not { } h)
            {
                continue;
            }
            var abroad = states.First(s => s.Canonical == foreign[0]).State;
            f.Parties.Clear();
            f.Parties.AddRange(new[]
            {
                SideMentions.Of(text, h.Tokens, h.State, place, Provenance.PartyPlaceOnly),
                SideMentions.Of(text, tokens, abroad, place, Provenance.PartyPlaceOnly),
            }.OrderBy(p => p.Start));
        }
    }

    private static bool IsState(PartyMention p) =>
        p.Canonical.StartsWith(StateGovernments.GovernmentWord, StringComparison.OrdinalIgnoreCase)
        || CountryLexicon.Default.Whole(Tokenizer.Tokenize(p.Name, 0, p.Name.Length)) is not null;

    /// <summary>"thay mặt hai chính phủ", "thay mặt Chính phủ hai nước", "thay mặt hai nước", "giữa hai Chính phủ".</summary>
    private static bool ForTwoGovernments(string sentence) =>
        sentence.Contains("hai chính phủ", StringComparison.OrdinalIgnoreCase)
        || sentence.Contains("phủ hai nước", StringComparison.OrdinalIgnoreCase)
        || sentence.Contains("mặt hai nước", StringComparison.OrdinalIgnoreCase);

    /// <summary>The states the sentence names on their own; "Đại sứ A tại Việt Nam" names both.</summary>
    private static IEnumerable<(OrgMatch State, string Canonical)> States(List<Token> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            // "Cộng hòa Chile", "Vương quốc Na Uy": the state named in its official form is named whole.
            var name = StateForms.ShortNameAt(tokens, k, tokens.Count);
            if (name >= tokens.Count || !tokens[name].IsUpperInitial || CountryLexicon.Default.Match(tokens, name) is not { } country)
            {
                continue;
            }
            var end = name + country.Length;
            // Not in brackets (where a body is), nor a word of a person's or body's name ("Trần Minh Đức").
            if (k == 0 || (tokens[k - 1].Text != "(" && !tokens[k - 1].IsUpperInitial))
            {
                yield return (new OrgMatch(k, end, null) { IsPlaceOnly = true }, country.Canonical);
            }
            k = end - 1;
        }
    }

    /// <summary>The first place the page names the home state on its own, or null.</summary>
    private static (List<Token> Tokens, OrgMatch State)? FirstHomeMention(string text, List<Sentence> sentences)
    {
        foreach (var s in sentences)
        {
            var tokens = Tokenizer.Tokenize(text, s.Start, s.End);
            foreach (var (state, canonical) in States(tokens))
            {
                if (canonical == CountryLexicon.HomeState)
                {
                    return (tokens, state);
                }
            }
        }
        return null;
    }
}
