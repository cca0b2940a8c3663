namespace Extraction.Ingest.Decoding;

/// <summary>What the words with non-ASCII letters of one decoded text say about it.</summary>
/// <param name="Valid">Well-formed Vietnamese syllables that are not among the frequent ones.</param>
/// <param name="Frequent">Frequent Vietnamese syllables.</param>
/// <param name="Invalid">Words that are no Vietnamese syllable (mojibake or foreign words).</param>
/// <param name="Broken">Words holding a replacement char or a C1 control.</param>
internal readonly record struct VietnameseEvidence(int Valid, int Frequent, int Invalid, int Broken)
{
    /// <summary>Weighted sum: a frequent syllable is strong evidence, a broken word strong counter-evidence.</summary>
    public int Score => Valid + (3 * Frequent) - (2 * Invalid) - (3 * Broken);

    /// <summary>
    /// Whether the text reads as Vietnamese at all: most of its accented words are syllables, and
    /// there is more than a lucky word or two (a "£" that TCVN3 reads as "Ê" in an English page).
    /// </summary>
    public bool IsVietnamese => Valid + Frequent > Invalid + Broken && (Frequent >= 1 || Valid >= 3);

    /// <summary>Whether Vietnamese clearly dominates, so that odd words in it are worth repairing.</summary>
    public bool IsMostlyVietnamese => Valid + Frequent >= 2 * (Invalid + Broken) && Frequent >= 2;
}
