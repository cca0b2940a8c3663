using Extraction.Extract.Text;

namespace Extraction.Extract.Lexicons;

/// <summary>Agreement document types (embedded <c>kinds.tsv</c>), matched on lower-case words, longest first.</summary>
internal sealed class KindLexicon
{
    private static readonly Lazy<KindLexicon> LazyDefault = new(Load);

    private readonly List<(string[] Words, string Canonical)> entries;

    private KindLexicon(List<(string[] Words, string Canonical)> entries) => this.entries = entries;

    public static KindLexicon Default => LazyDefault.Value;

    /// <summary>The longest kind at token <paramref name="i"/>: its canonical form and length in tokens.</summary>
    public (string Canonical, int Length)? Match(IReadOnlyList<Token> tokens, int i)
    {
        foreach (var (words, canonical) in entries)
        {
            if (i + words.Length > tokens.Count)
            {
                continue;
            }
            var ok = true;
            for (var k = 0; k < words.Length && ok; k++)
            {
                ok = tokens[i + k].Kind == TokenKind.Word && tokens[i + k].Lower == words[k];
            }
            if (ok)
            {
                return (canonical, words.Length);
            }
        }
        return null;
    }

    private static KindLexicon Load()
    {
        var list = new List<(string[] Words, string Canonical)>();
        foreach (var row in EmbeddedTsv.Read("kinds.tsv"))
        {
            if (row.Length >= 2)
            {
                list.Add((TextKeys.LowerWords(row[0]), row[1]));
            }
        }
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        return new KindLexicon(list);
    }
}
