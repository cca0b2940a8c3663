using Extraction.Index.Text;
using Lucene.Net.Analysis;

namespace Extraction.Index.Lucene.Analysis;

/// <summary>
/// The analyzer of every text field: words (joined abbreviations whole) → abbreviation expansion →
/// folded keys, or exact keys for the spelling field, or pairs of folded keys for the pair field (one
/// <see cref="KeyTokenizer"/>; the index writer feeds most fields pre-keyed, see <see cref="IndexDocuments"/>). Values
/// of a multi-valued field sit <see cref="ValueGap"/> positions apart, so no phrase matches across two parties.
/// </summary>
internal sealed class VietnameseAnalyzer : Analyzer
{
    /// <summary>Positions between two values of one field: wider than any phrase a user types.</summary>
    public const int ValueGap = 100;

    private readonly SearchKey keys;

    public VietnameseAnalyzer(SearchKey keys)
        : base(PER_FIELD_REUSE_STRATEGY)
    {
        this.keys = keys;
    }

    /// <summary>The keys a field indexes.</summary>
    public static KeyMode ModeOf(string fieldName) =>
        fieldName == IndexFields.Pairs ? KeyMode.Pairs
        : fieldName == IndexFields.Spelled || fieldName == IndexFields.Of(IndexFields.Spelled, article: true) ? KeyMode.Exact
        : KeyMode.Folded;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new KeyTokenizer(reader, new TextKeyer(keys), ModeOf(fieldName)));

    public override int GetPositionIncrementGap(string fieldName) => ValueGap;
}
