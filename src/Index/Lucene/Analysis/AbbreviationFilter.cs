using Extraction.Index.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Extraction.Index.Lucene.Analysis;

/// <summary>
/// Replaces an abbreviation the lexicon knows by the words it stands for, one position per word and
/// every word with the abbreviation's offsets, so "UBND" and "Ủy ban nhân dân" index the same phrase
/// (Lucene's SynonymFilter would lay the extra words over the positions of the words after it).
/// </summary>
internal sealed class AbbreviationFilter : TokenFilter
{
    private readonly SearchKey keys;
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute increment;
    private string[]? pending;
    private int nextWord;
    private State? state;

    public AbbreviationFilter(TokenStream input, SearchKey keys)
        : base(input)
    {
        this.keys = keys;
        term = AddAttribute<ICharTermAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (pending is not null && nextWord < pending.Length)
        {
            RestoreState(state);
            term.SetEmpty().Append(pending[nextWord++]);
            increment.PositionIncrement = 1;
            return true;
        }
        pending = null;
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (keys.ExpansionWords(term.ToString()) is { Length: > 0 } words)
        {
            term.SetEmpty().Append(words[0]);
            if (words.Length > 1)
            {
                pending = words;
                nextWord = 1;
                state = CaptureState();
            }
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        pending = null;
        state = null;
    }
}
