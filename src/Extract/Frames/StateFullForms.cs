using Extraction.Extract.Lexicons;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>
/// A state signs under its short name ("Thái Lan", "Việt Nam") where the page also gives its official form ("Vương
/// quốc Thái Lan", "CHXHCN Việt Nam"): gold names a side by its fullest mention, so the side's canonical form is that
/// official form (extract-gaps class 20); the name stays as written where it signs.
/// </summary>
internal static class StateFullForms
{
    public static void Apply(List<Frame> frames, string text, IReadOnlyList<Sentence> sentences)
    {
        // The page is read as tokens once, and only when a side names a state.
        var page = new Lazy<List<List<Token>>>(() => sentences.Select(s => Tokenizer.Tokenize(text, s.Start, s.End)).ToList());
        var forms = new Dictionary<string, string?>();
        foreach (var f in frames)
        {
            for (var i = 0; i < f.Parties.Count; i++)
            {
                var p = f.Parties[i];
                var own = Tokenizer.Tokenize(p.Name, 0, p.Name.Length);
                if (CountryLexicon.Default.Whole(own) is null)
                {
                    continue;
                }
                var key = string.Join(' ', own.Select(t => t.Key));
                if (!forms.TryGetValue(key, out var full))
                {
                    forms[key] = full = OnePhrase(text, page.Value, own);
                }
                if (full is not null)
                {
                    f.Parties[i] = p with { Canonical = full };
                }
            }
        }
    }

    /// <summary>
    /// The one official form the page writes ending in the state named by <paramref name="own"/> (the state ends it: "…
    /// Guinea Xích Đạo" is not Guinea's); null when none does, or when two differ.
    /// </summary>
    private static string? OnePhrase(string text, List<List<Token>> page, List<Token> own)
    {
        string? found = null;
        foreach (var tokens in page)
        {
            for (var k = 1; k + own.Count <= tokens.Count; k++)
            {
                if (!Enumerable.Range(0, own.Count).All(x => tokens[k + x].Key == own[x].Key)
                    || (k + own.Count < tokens.Count && tokens[k + own.Count].IsUpperInitial))
                {
                    continue;
                }
                var from = OfficialFormStart(tokens, k);
                if (from == k)
                {
                    continue;
                }
                var phrase = text[tokens[from].Start..tokens[k + own.Count - 1].End];
                if (found is not null && TextKeys.Fold(found) != TextKeys.Fold(phrase))
                {
                    return null;
                }
                found = phrase;
            }
        }
        return found;
    }

    /// <summary>Where the state's official form before token <paramref name="k"/> opens; <paramref name="k"/> when none does.</summary>
    private static int OfficialFormStart(List<Token> tokens, int k)
    {
        var start = k;
        while (start > 0 && StateForms.IsWord(tokens[start - 1]))
        {
            start--;
        }
        // The form opens with its head: "Quốc hội Lào" is no state.
        while (start < k && !StateForms.Opens(tokens, start))
        {
            start++;
        }
        return start;
    }
}
