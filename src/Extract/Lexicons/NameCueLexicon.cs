namespace Extraction.Extract.Lexicons;

/// <summary>The syllable groups of embedded <c>name-cues.tsv</c> (boundary, name-syllable).</summary>
internal static class NameCueLexicon
{
    private static readonly WordGroups Groups = new("name-cues.tsv");

    public static HashSet<string> Group(string name) => Groups.Group(name);

    /// <summary>First syllables of what follows a name in a sentence: aspect, verbs of the genre, prepositions, time words.</summary>
    public static readonly HashSet<string> Boundary = Group("boundary");

    /// <summary>
    /// The boundary syllables that open a clause, a preposition or a time word, without those that are also ordinary content
    /// syllables ("phát triển", "vận chuyển"): after them a list of words or activities goes on.
    /// </summary>
    public static readonly HashSet<string> ClauseOpeners = [.. Boundary.Except(Group("name-syllable"))];
}
