namespace Extraction.Extract.Lexicons;

/// <summary>The syllable groups of embedded <c>name-cues.tsv</c> (boundary, name-syllable).</summary>
internal static class NameCueLexicon
{
    private static readonly WordGroups Groups = new("name-cues.tsv");

    public static HashSet<string> Group(string name) => Groups.Group(name);
}
