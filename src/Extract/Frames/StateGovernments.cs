using Extraction.Extract.Lexicons;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>
/// A state signs through its government: gold names a state side "Chính phủ X" (its canonical form, the name staying as
/// written: "VN" → "Chính phủ Việt Nam"), as every state side of the dev gold does (extract-gaps class 20). A union or a
/// territory ("EU", "ASEAN", "Đài Loan") has no government of that name, and a state whose official form the page gives
/// keeps that form (<see cref="StateFullForms"/>): gold names such a state by it.
/// </summary>
internal static class StateGovernments
{
    private const string Government = "Chính phủ ";

    private static readonly HashSet<string> NoGovernment = WordSetLexicon.Group("state-without-government");

    private static readonly PhraseLexicon<bool> StateFormHeads = WordSetLexicon.Phrases("state-form-head");

    private static bool OfficialForm(string canonical)
    {
        var words = Tokenizer.Tokenize(canonical, 0, canonical.Length);
        return words.Count > 0 && StateFormHeads.Match(words, 0) is not null;
    }

    // Words between "Chính phủ" and the state in its government's full name ("Chính phủ Hoàng gia X").
    private static readonly HashSet<string> FormWords = [.. WordSetLexicon.Group("state-form"), .. WordSetLexicon.Group("government-form")];

    public static void Apply(List<Frame> frames, string text)
    {
        var page = new Lazy<List<Token>>(() => Tokenizer.Tokenize(text, 0, text.Length));
        // The page is searched once per state, whatever number of sides name it.
        var fullNames = new Dictionary<string, string?>();
        foreach (var f in frames)
        {
            for (var i = 0; i < f.Parties.Count; i++)
            {
                var p = f.Parties[i];
                var own = Tokenizer.Tokenize(p.Name, 0, p.Name.Length);
                // A state written in its official form ("Liên bang Nga"), or whose canonical one is ("Anh" → "Vương quốc
                // Anh", or the form the page gives), keeps that form: gold names the state by it.
                if (CountryLexicon.Default.Whole(own) is not { } country || NoGovernment.Contains(TextKeys.Lower(country.Canonical))
                    || StateFormHeads.Match(own, 0) is not null || OfficialForm(p.Canonical))
                {
                    continue;
                }
                // Only a canonical still the state's own name: another step may have found the side a fuller one.
                var canonical = TextKeys.Fold(p.Canonical);
                if (canonical == TextKeys.Fold(country.Canonical) || canonical == TextKeys.Fold(p.Name))
                {
                    var key = string.Join(' ', own.Select(t => t.Key));
                    if (!fullNames.TryGetValue(key, out var full))
                    {
                        fullNames[key] = full = RuleSwitch.On("GovernmentFullName") ? FullName(text, page.Value, own) : null;
                    }
                    f.Parties[i] = p with { Canonical = full ?? Government + country.Canonical };
                }
            }
        }
    }

    /// <summary>"Chính phủ Hoàng gia X": the page's one full name of the state's government, else null.</summary>
    private static string? FullName(string text, List<Token> page, List<Token> own)
    {
        string? found = null;
        for (var k = 0; k + 2 < page.Count; k++)
        {
            if (page[k].Lower != "chính" || page[k + 1].Lower != "phủ")
            {
                continue;
            }
            var m = k + 2;
            // The form opens capitalised ("Hoàng gia", "Cộng hòa"); its later syllables may not be.
            while (m < page.Count && m < k + 6 && (page[m].IsUpperInitial || m > k + 2) && FormWords.Contains(page[m].Lower))
            {
                m++;
            }
            // The state ends the name: "Chính phủ Cộng hòa Guinea Xích Đạo" is not Guinea's.
            if (m == k + 2 || m + own.Count > page.Count || !Enumerable.Range(0, own.Count).All(x => page[m + x].Key == own[x].Key)
                || (m + own.Count < page.Count && page[m + own.Count].IsUpperInitial))
            {
                continue;
            }
            var name = text[page[k].Start..page[m + own.Count - 1].End];
            if (found is not null && TextKeys.Fold(found) != TextKeys.Fold(name))
            {
                return null;
            }
            found = name;
        }
        return found;
    }
}
