using Extraction.Index.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Extraction.Index.Lucene.Analysis;

/// <summary>
/// Splits text into words by <see cref="SearchKey.SurfaceWords"/>: letters, digits and their marks, a
/// joined abbreviation ("LĐ-TB&amp;XH") kept whole so the abbreviation filter can expand it. Words keep
/// their spelling; the filters after it make the keys.
/// </summary>
internal sealed class WordTokenizer : Tokenizer
{
    private readonly SearchKey keys;
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private List<(string Word, int Start, int End)> words = [];
    private int next;
    private int length;

    public WordTokenizer(TextReader input, SearchKey keys)
        : base(input)
    {
        this.keys = keys;
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        // Field values are one article at most: reading the whole value lets the joined-abbreviation rule look ahead.
        var text = m_input.ReadToEnd();
        length = text.Length;
        words = keys.SurfaceWords(text);
        next = 0;
    }

    public override bool IncrementToken()
    {
        if (next >= words.Count)
        {
            return false;
        }
        ClearAttributes();
        var (word, start, end) = words[next++];
        term.SetEmpty().Append(word);
        offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        return true;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(length);
        offset.SetOffset(final, final);
    }
}
