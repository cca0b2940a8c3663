namespace Extraction.Extract.Lexicons;

/// <summary>The one-word sets of embedded <c>word-sets.tsv</c> (aspect words, count words, time words, …), by group.</summary>
internal static class WordSetLexicon
{
    private static readonly WordGroups Groups = new("word-sets.tsv");

    public static HashSet<string> Group(string name) => Groups.Group(name);

    /// <summary>A group whose entries are phrases, words joined by a space, matched on tokens' lower-case forms.</summary>
    public static PhraseLexicon<bool> Phrases(string name) =>
        new(Group(name).Select(phrase => (phrase.Split(' '), true)), t => t.Lower);
}
