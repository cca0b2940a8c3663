using Extraction.Extract.Text;

namespace Extraction.Extract.Lexicons;

/// <summary>Country and union names (embedded <c>countries.tsv</c>), matched on folded words, longest first.</summary>
internal sealed class CountryLexicon
{
    private static readonly Lazy<CountryLexicon> LazyDefault = new(Load);

    private readonly List<(string[] Keys, string Canonical)> entries;

    private CountryLexicon(List<(string[] Keys, string Canonical)> entries) => this.entries = entries;

    public static CountryLexicon Default => LazyDefault.Value;

    /// <summary>The country named at token <paramref name="i"/> (capitalised words only): its length in tokens and canonical name.</summary>
    public (int Length, string Canonical)? Match(IReadOnlyList<Token> tokens, int i)
    {
        foreach (var (keys, canonical) in entries)
        {
            if (i + keys.Length > tokens.Count)
            {
                continue;
            }
            var ok = true;
            for (var k = 0; k < keys.Length && ok; k++)
            {
                var t = tokens[i + k];
                ok = t.Kind == TokenKind.Word && (k > 0 || t.IsUpperInitial) && t.Key == keys[k];
            }
            if (ok)
            {
                return (keys.Length, canonical);
            }
        }
        return null;
    }

    private static CountryLexicon Load() =>
        new(EmbeddedTsv.Read("countries.tsv")
            .Where(r => r.Length >= 2)
            .Select(r => (Tokenizer.Tokenize(r[0], 0, r[0].Length).Select(t => t.Key).ToArray(), r[1]))
            .OrderByDescending(e => e.Item1.Length)
            .ToList());
}
