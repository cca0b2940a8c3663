namespace Extraction.Index.Storage;

/// <summary>Orders extractor versions ("0.3.1" before "0.10.0"), so reprocessing never downgrades a newer row.</summary>
public static class ExtractorVersions
{
    /// <summary>
    /// Whether a row written by <paramref name="stored"/> is older than <paramref name="current"/>. A version
    /// that is not dotted numbers cannot be ordered, so it counts as older: re-extracting it is the safe side.
    /// </summary>
    public static bool IsOlder(string? stored, string current)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (stored is null || !Version.TryParse(Pad(stored), out var s) || !Version.TryParse(Pad(current), out var c))
        {
            return !string.Equals(stored, current, StringComparison.Ordinal);
        }
        return s < c;
    }

    // Version needs two parts at least ("1" alone does not parse).
    private static string Pad(string v) => v.Contains('.', StringComparison.Ordinal) ? v : v + ".0";
}
