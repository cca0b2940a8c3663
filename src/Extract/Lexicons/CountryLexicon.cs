using Extraction.Extract.Text;

namespace Extraction.Extract.Lexicons;

/// <summary>Country and union names (embedded <c>countries.tsv</c>), matched on folded words, longest first.</summary>
internal sealed class CountryLexicon
{
    private static readonly Lazy<CountryLexicon> LazyDefault = new(Load);

    private readonly PhraseLexicon<string> phrases;

    private CountryLexicon(PhraseLexicon<string> phrases) => this.phrases = phrases;

    public static CountryLexicon Default => LazyDefault.Value;

    /// <summary>The canonical name of the home state, the one a page's unmarked bodies belong to.</summary>
    public const string HomeState = "Việt Nam";

    /// <summary>The country named at token <paramref name="i"/> (capitalised words only): its length in tokens and canonical name.</summary>
    public (int Length, string Canonical)? Match(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].IsUpperInitial && phrases.Match(tokens, i) is { } m ? (m.Length, m.Value) : null;

    /// <summary>The country <paramref name="tokens"/> name as a whole (a side that is a state alone), else null.</summary>
    public (int Length, string Canonical)? Whole(IReadOnlyList<Token> tokens) =>
        tokens.Count > 0 && Match(tokens, 0) is { } m && m.Length == tokens.Count ? m : null;

    private static CountryLexicon Load() =>
        new(new PhraseLexicon<string>(
            EmbeddedTsv.Read("countries.tsv")
                .Where(r => r.Length >= 2)
                .Select(r => (Tokenizer.Tokenize(r[0], 0, r[0].Length).Select(t => t.Key).ToArray(), r[1])),
            t => t.Key));
}
