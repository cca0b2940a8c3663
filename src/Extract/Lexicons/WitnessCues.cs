using Extraction.Extract.Text;

namespace Extraction.Extract.Lexicons;

/// <summary>
/// "Trước sự chứng kiến của …", "tham dự": phrases before persons or envoys that make them witnesses of a signing,
/// not signers (<c>word-sets.tsv</c>, group <c>witness-cue</c>).
/// </summary>
internal static class WitnessCues
{
    private static readonly string[] Phrases = [.. WordSetLexicon.Group("witness-cue")];

    /// <summary>Whether the tokens [<paramref name="from"/>, <paramref name="to"/>) hold a witness cue.</summary>
    public static bool In(IReadOnlyList<Token> tokens, int from, int to) =>
        In(string.Join(' ', Enumerable.Range(from, Math.Max(0, to - from)).Select(k => tokens[k].Lower)));

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
