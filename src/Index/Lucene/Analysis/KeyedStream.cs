using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Extraction.Index.Lucene.Analysis;

/// <summary>
/// Plays an already keyed text (<see cref="KeyedText"/>) as a field's tokens: what the index writer reads
/// instead of analysing the same text once per field. One instance serves every field value of its mode in
/// turn (the writer reads a value's stream to its end before it asks for the next one).
/// </summary>
internal sealed class KeyedStream : TokenStream
{
    private static readonly Func<int, int> AsIs = o => o;

    private readonly KeyReplay replay;
    private readonly IOffsetAttribute offset;

    public KeyedStream(KeyMode mode)
    {
        offset = AddAttribute<IOffsetAttribute>();
        replay = new KeyReplay(AddAttribute<ICharTermAttribute>(), offset, mode);
    }

    /// <summary>Makes this stream play <paramref name="keyed"/> from its first token.</summary>
    public KeyedStream Of(KeyedText keyed)
    {
        replay.Start(keyed);
        return this;
    }

    public override void Reset()
    {
        base.Reset();
        if (replay.Text is { } keyed)
        {
            replay.Start(keyed);
        }
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        return replay.Next(AsIs);
    }

    public override void End()
    {
        base.End();
        var final = replay.Text?.Length ?? 0;
        offset.SetOffset(final, final);
    }
}
