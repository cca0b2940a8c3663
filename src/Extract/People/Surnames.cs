using Extraction.Extract.Lexicons;

namespace Extraction.Extract.People;

/// <summary>
/// Vietnamese family names, in embedded name-cues.tsv (plain facts: the common clan names, e.g. as listed in the Wikipedia article
/// "Họ người Việt Nam"). A name with no honorific before it must open with one of them. Names that are
/// also common middle or given names (Văn, Thị, Hữu, Đình, Minh, Kim, Sơn) are left out, so a name is not cut after them.
/// </summary>
internal static class Surnames
{
    private static readonly HashSet<string> Names = NameCueLexicon.Group("surname");

    // The most frequent of them, lower case as written (tone placement as TextKeys.Lower writes it): after a unit keyword
    // ("UBND tỉnh Nguyễn Văn A") a run opening with one is read as a person, not a place.
    private static readonly HashSet<string> Common = NameCueLexicon.Group("common-surname");

    // Places, streets and bodies that open with a family name and read like a name.
    private static readonly HashSet<string> Places = NameCueLexicon.Group("surname-place");

    public static bool IsSurname(string syllable) => Names.Contains(syllable);

    /// <summary>A common family name, given as the lower-case written syllable (<see cref="Text.TextKeys.Lower"/>).</summary>
    public static bool IsCommon(string lowerSyllable) => Common.Contains(lowerSyllable);

    public static bool IsPlace(string name) => Places.Contains(name) || Places.Any(p => name.StartsWith(p + " ", StringComparison.Ordinal));
}
