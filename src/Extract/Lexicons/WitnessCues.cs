namespace Extraction.Extract.Lexicons;

/// <summary>
/// "Trước sự chứng kiến của …", "tham dự": phrases before persons or envoys that make them witnesses of a signing,
/// not signers (<c>word-sets.tsv</c>, group <c>witness-cue</c>).
/// </summary>
internal static class WitnessCues
{
    private static readonly string[] Phrases = [.. WordSetLexicon.Group("witness-cue")];

    /// <summary>Whether lower-cased text holds a witness cue.</summary>
    public static bool In(string lowered)
    {
        foreach (var cue in Phrases)
        {
            if (lowered.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
