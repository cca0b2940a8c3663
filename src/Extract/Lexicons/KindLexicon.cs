using Extraction.Extract.Text;

namespace Extraction.Extract.Lexicons;

/// <summary>Agreement document types (embedded <c>kinds.tsv</c>), matched on lower-case words, longest first.</summary>
internal sealed class KindLexicon
{
    private static readonly Lazy<KindLexicon> LazyDefault = new(Load);

    private readonly PhraseLexicon<string> phrases;

    private KindLexicon(PhraseLexicon<string> phrases) => this.phrases = phrases;

    public static KindLexicon Default => LazyDefault.Value;

    /// <summary>The longest kind at token <paramref name="i"/>: its canonical form and length in tokens.</summary>
    public (string Canonical, int Length)? Match(IReadOnlyList<Token> tokens, int i) =>
        phrases.Match(tokens, i) is { } m ? (m.Value, m.Length) : null;

    private static KindLexicon Load() =>
        new(new PhraseLexicon<string>(
            EmbeddedTsv.Read("kinds.tsv").Where(r => r.Length >= 2).Select(r => (TextKeys.LowerWords(r[0]), r[1])),
            t => t.Lower));
}
