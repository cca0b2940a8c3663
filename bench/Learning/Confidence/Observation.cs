namespace Extraction.Learning.Confidence;

/// <summary>
/// One extracted value checked against the gold: its provenance bucket (leaf), whether the scorer's rules find it
/// correct, and the hand-picked constant the extractor gave it before confidences were measured.
/// </summary>
internal sealed record Observation(string Bucket, bool Correct, double Old)
{
    /// <summary>The family (root bucket): party, agreement, kind, subject, signed_on, items.</summary>
    public string Family => Bucket[..Bucket.IndexOf('.', StringComparison.Ordinal)];
}
