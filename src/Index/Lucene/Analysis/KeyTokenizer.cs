using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Extraction.Index.Lucene.Analysis;

/// <summary>The analyzer's whole chain in one tokenizer: reads a field value, keys it (<see cref="TextKeyer"/>) and plays it in the field's <see cref="KeyMode"/>.</summary>
internal sealed class KeyTokenizer : Tokenizer
{
    private readonly TextKeyer keyer;
    private readonly KeyedText keyed = new();
    private readonly KeyReplay replay;
    private readonly IOffsetAttribute offset;
    private readonly Func<int, int> correct;

    public KeyTokenizer(TextReader input, TextKeyer keyer, KeyMode mode)
        : base(input)
    {
        this.keyer = keyer;
        offset = AddAttribute<IOffsetAttribute>();
        replay = new KeyReplay(AddAttribute<ICharTermAttribute>(), offset, mode);
        correct = CorrectOffset;
    }

    public override void Reset()
    {
        base.Reset();
        // Field values are one article at most: reading the whole value lets the joined-abbreviation rule look ahead.
        keyer.Key(m_input.ReadToEnd(), keyed);
        replay.Start(keyed);
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        return replay.Next(correct);
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(keyed.Length);
        offset.SetOffset(final, final);
        keyed.Shrink();
    }
}
