using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Extraction.Index.Lucene.Analysis;

/// <summary>
/// Turns folded words into pairs of adjacent words ("giam ngheo"), one per position, at the first word's
/// position: a two-word phrase becomes one term and a longer one a phrase of pairs, whose posting lists
/// are far shorter than those of its common words. A value of one word gives no pair; no pair spans a gap.
/// </summary>
internal sealed class PairFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute increment;
    private readonly IOffsetAttribute offset;
    private string? previous;
    private int previousStart;

    // Positions advanced since the last pair emitted, so the pair after a skipped position keeps its place.
    private int pendingIncrement;

    public PairFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var word = term.ToString();
            var step = increment.PositionIncrement;
            var start = offset.StartOffset;
            var end = offset.EndOffset;
            var before = previous;
            var beforeStart = previousStart;
            previous = word;
            previousStart = start;
            if (before is null || step != 1)
            {
                // The first word, or one after a gap: it only opens the next pair.
                pendingIncrement += step;
                continue;
            }
            term.SetEmpty().Append(before).Append(' ').Append(word);
            offset.SetOffset(beforeStart, end);
            increment.PositionIncrement = pendingIncrement;
            pendingIncrement = 1;
            return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        previous = null;
        pendingIncrement = 0;
    }
}
