namespace Extraction.Index.Lucene.Analysis;

/// <summary>Which keys of a <see cref="KeyedText"/> a field indexes.</summary>
internal enum KeyMode
{
    /// <summary>Folded words (no diacritics, đ → d, i/y one): what matches.</summary>
    Folded,

    /// <summary>Words as spelled (tone placement unified, marks kept): the spelling field that ranks typed diacritics first.</summary>
    Exact,

    /// <summary>Adjacent folded words joined by a space, one per position from the second word on, at the first word's position.</summary>
    Pairs,
}
