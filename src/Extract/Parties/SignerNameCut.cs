using Extraction.Extract.Lexicons;
using Extraction.Extract.People;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Parties;

/// <summary>
/// "Thứ trưởng Bộ Tài chính Lê Hà và …", "Viện trưởng Viện Nghiên cứu Nông nghiệp Lào Somsak Phan và …" (extract-gaps
/// class 17): a body written between a person's title and the person's name ends where the name starts. The name is a
/// run of two or more capitalised words closing the body's name after a lower-case syllable, a country or a place
/// ("Tài chính | Lê Hà", "Lào | Somsak Phan"); a run right after the head is the body's own name ("Công ty Hoa Sen").
/// </summary>
internal static class SignerNameCut
{
    private const int MinNameWords = 2;

    public static OrgMatch Trim(IReadOnlyList<Token> tokens, OrgMatch org)
    {
        if (org.IsPlaceOnly || PersonTitles.EndsAt(tokens, org.Start) < 0)
        {
            return org;
        }
        var run = org.End;
        while (run - 1 > org.Start && tokens[run - 1].IsUpperInitial && !tokens[run - 1].IsAbbreviation)
        {
            run--;
        }
        // The run opens with the country or place the body belongs to: the name starts after it.
        var at = run;
        if (at < org.End && CountryLexicon.Default.Match(tokens, at) is { } country)
        {
            at += country.Length;
        }
        else if (at < org.End && AdminPhraseParser.Parse(tokens, at, allowCapitalKeyword: true) is { IsBare: false } admin && admin.End <= org.End)
        {
            at = admin.End;
        }
        // "Hội Nông dân tỉnh X": a place named with its keyword, or the body's own place, is no person.
        if (org.Place is { } place && place.End > at)
        {
            at = place.End;
        }
        if (run - 1 > org.Start && AdminPhraseParser.Parse(tokens, run - 1, allowCapitalKeyword: true) is { IsBare: false } keyed && keyed.End <= org.End && keyed.End > at)
        {
            at = keyed.End;
        }
        // "ông X, Giám đốc Công ty TNHH Cơ khí Tiến Đạt": when the person was named before the title, a Vietnamese run that opens
        // with no family name is the body's own name; a foreign run ("… John Smith") or one opening with a family name is a person.
        if (at == run && at < org.End && RuleSwitch.On("SignerFamilyName") && NamedBeforeTitle(tokens, org.Start)
            && !AdminPhraseParser.IsAnyFamilyName(tokens[at]) && !Enumerable.Range(at, org.End - at).All(k => tokens[k].Text.All(char.IsAscii)))
        {
            return org;
        }
        var headEnd = OrgNameGrammar.HeadEnd(tokens, org.Start, out _);
        if (org.End - at < MinNameWords || headEnd < 0 || at <= headEnd || (at == run && !(tokens[at - 1].IsWord && !tokens[at - 1].IsUpperInitial)))
        {
            return org;
        }
        return org with { End = at, Place = org.Place is { } p && p.End > at ? null : org.Place };
    }

    /// <summary>"ông Ngô Văn A, Giám đốc Công ty X": a capitalised name and a comma right before the title that ends at <paramref name="orgStart"/>.</summary>
    private static bool NamedBeforeTitle(IReadOnlyList<Token> tokens, int orgStart) =>
        PersonTitles.EndsAt(tokens, orgStart) is >= 2 and var title && tokens[title - 1].Text == "," && tokens[title - 2].IsUpperInitial;
}
