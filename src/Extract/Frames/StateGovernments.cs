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
    /// <summary>The word a state's government is named by ("Chính phủ Na Uy").</summary>
    internal const string GovernmentWord = "Chính phủ";

    private const string Government = GovernmentWord + " ";

    private static readonly HashSet<string> NoGovernment = WordSetLexicon.Group("state-without-government");

    public static void Apply(List<Frame> frames)
    {
        foreach (var f in frames)
        {
            for (var i = 0; i < f.Parties.Count; i++)
            {
                var p = f.Parties[i];
                var own = Tokenizer.Tokenize(p.Name, 0, p.Name.Length);
                // A state written in its official form ("Liên bang Nga"), or whose canonical one is ("Anh" → "Vương quốc
                // Anh", or the form the page gives), keeps that form: gold names the state by it.
                if (CountryLexicon.Default.Whole(own) is not { } country || NoGovernment.Contains(TextKeys.Lower(country.Canonical))
                    || StateForms.Opens(own, 0) || OpensOfficialForm(p.Canonical))
                {
                    continue;
                }
                // Only a canonical still the state's own name: another step may have found the side a fuller one.
                var canonical = TextKeys.Fold(p.Canonical);
                if (canonical != TextKeys.Fold(country.Canonical) && canonical != TextKeys.Fold(p.Name))
                {
                    continue;
                }
                f.Parties[i] = p with { Canonical = Government + country.Canonical };
            }
        }
    }

    private static bool OpensOfficialForm(string canonical)
    {
        var words = Tokenizer.Tokenize(canonical, 0, canonical.Length);
        return words.Count > 0 && StateForms.Opens(words, 0);
    }
}
