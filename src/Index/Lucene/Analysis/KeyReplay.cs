using Lucene.Net.Analysis.TokenAttributes;

namespace Extraction.Index.Lucene.Analysis;

/// <summary>
/// Plays a <see cref="KeyedText"/> into a token stream's attributes in one <see cref="KeyMode"/>: a word (or
/// pair) per call, each one position after the last. Shared by the analyzer's tokenizer and the index's
/// pre-keyed fields, so both emit exactly the same tokens.
/// </summary>
internal sealed class KeyReplay(ICharTermAttribute term, IOffsetAttribute offset, KeyMode mode)
{
    private KeyedText? text;
    private int next;

    public KeyedText? Text => text;

    public void Start(KeyedText keyed)
    {
        text = keyed;
        // A pair ends at its second word: the first word only opens it.
        next = mode == KeyMode.Pairs ? 1 : 0;
    }

    /// <summary>Writes the next token's term and offsets (through <paramref name="correct"/>); false at the end. The position increment is the caller's (1, as cleared).</summary>
    public bool Next(Func<int, int> correct)
    {
        if (text is null || next >= text.Count)
        {
            return false;
        }
        var i = next++;
        switch (mode)
        {
            case KeyMode.Folded:
                term.SetEmpty().Append(text.Folded(i));
                offset.SetOffset(correct(text.Start(i)), correct(text.End(i)));
                break;
            case KeyMode.Exact:
                term.SetEmpty().Append(text.Exact(i));
                offset.SetOffset(correct(text.Start(i)), correct(text.End(i)));
                break;
            default:
                term.SetEmpty().Append(text.Folded(i - 1)).Append(' ').Append(text.Folded(i));
                offset.SetOffset(correct(text.Start(i - 1)), correct(text.End(i)));
                break;
        }
        return true;
    }
}
