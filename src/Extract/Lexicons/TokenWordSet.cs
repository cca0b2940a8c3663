using Extraction.Extract.Text;

namespace Extraction.Extract.Lexicons;

/// <summary>A group of <c>word-sets.tsv</c> asked by token: whether a word's lower-case form is one of the group's.</summary>
internal sealed class TokenWordSet(string group)
{
    private readonly HashSet<string> words = WordSetLexicon.Group(group);

    public bool Has(Token t) => t.IsWord && words.Contains(t.Lower);
}
