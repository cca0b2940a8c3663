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

    /// <summary>At most this many words between "Chính phủ" and the state ("Chính phủ Hoàng gia X").</summary>
    private const int MaxFormWords = 4;

    private static readonly HashSet<string> NoGovernment = WordSetLexicon.Group("state-without-government");

    // Words between "Chính phủ" and the state in its government's full name ("Chính phủ Hoàng gia X").
    private static readonly HashSet<string> FormWords = [.. WordSetLexicon.Group("state-form"), .. WordSetLexicon.Group("government-form")];

    public static void Apply(List<Frame> frames, string text, Lazy<List<List<Token>>> page)
    {
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
                    || StateFullForms.OpensOfficialForm(own, 0) || OpensOfficialForm(p.Canonical))
                {
                    continue;
                }
                // Only a canonical still the state's own name: another step may have found the side a fuller one.
                var canonical = TextKeys.Fold(p.Canonical);
                if (canonical != TextKeys.Fold(country.Canonical) && canonical != TextKeys.Fold(p.Name))
                {
                    continue;
                }
                var key = string.Join(' ', own.Select(t => t.Key));
                if (!fullNames.TryGetValue(key, out var full))
                {
                    fullNames[key] = full = RuleSwitch.On("GovernmentFullName") ? StateFullForms.OnePhrase(text, page.Value, own, GovernmentNameStart) : null;
                }
                f.Parties[i] = p with { Canonical = full ?? Government + country.Canonical };
            }
        }
    }

    private static bool OpensOfficialForm(string canonical)
    {
        var words = Tokenizer.Tokenize(canonical, 0, canonical.Length);
        return words.Count > 0 && StateFullForms.OpensOfficialForm(words, 0);
    }

    /// <summary>
    /// Where "Chính phủ Hoàng gia …" before token <paramref name="k"/> opens: "Chính phủ", then form words of which the
    /// first is capitalised; <paramref name="k"/> when the state has no such name there.
    /// </summary>
    private static int GovernmentNameStart(List<Token> tokens, int k)
    {
        var start = k;
        while (start > 0 && k - start < MaxFormWords && tokens[start - 1].IsWord && FormWords.Contains(tokens[start - 1].Lower))
        {
            start--;
        }
        return start < k && start >= 2 && tokens[start].IsUpperInitial && tokens[start - 2].Lower == "chính" && tokens[start - 1].Lower == "phủ"
            ? start - 2
            : k;
    }
}
