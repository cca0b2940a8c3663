namespace Extraction.Extract.Lexicons;

/// <summary>The one-word sets of embedded <c>word-sets.tsv</c> (aspect words, count words, time words, …), by group.</summary>
internal static class WordSetLexicon
{
    private static readonly WordGroups Groups = new("word-sets.tsv");

    public static HashSet<string> Group(string name) => Groups.Group(name);
}
