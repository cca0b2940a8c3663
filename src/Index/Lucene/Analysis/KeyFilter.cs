using Extraction.Index.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Extraction.Index.Lucene.Analysis;

/// <summary>
/// Turns each word into its search key: folded (no diacritics, đ → d, i/y one) for matching, or exact
/// (tone placement unified, marks kept) for the spelling field that ranks typed diacritics first.
/// </summary>
internal sealed class KeyFilter : TokenFilter
{
    // Text has a small vocabulary of syllables: keying each once per analyzer is cheap.
    private const int CacheLimit = 16_384;

    private readonly Func<string, string> key;
    private readonly ICharTermAttribute term;
    private readonly BoundedCache<string, string> cache = new(CacheLimit, StringComparer.Ordinal);

    public KeyFilter(TokenStream input, bool exact)
        : base(input)
    {
        key = exact ? SearchKey.ExactWord : SearchKey.FoldWord;
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var word = term.ToString();
        if (!cache.TryGet(word, out var k))
        {
            k = key(word);
            cache.Add(word, k);
        }
        term.SetEmpty().Append(k);
        return true;
    }
}
