using Extraction.Extract.Lexicons;
using Extraction.Extract.Text;

namespace Extraction.Extract.Parties;

/// <summary>
/// The signers of a passive signing ("… được ký bởi ông A, Chủ tịch Công ty X, và ông B, Tổng giám đốc Tập đoàn Y",
/// extract-gaps class 17): named after "bởi", where no subject slot reaches them, and each person's affiliation is the side.
/// </summary>
internal static class PassiveAgent
{
    private static readonly HashSet<string> AgentEnd = WordSetLexicon.Group("agent-end");

    /// <summary>
    /// "được ký (kết) bởi …": the tokens after "bởi" up to the end of the signers (a place, time or purpose word, or a
    /// semicolon), or null when the verb at <paramref name="verbEnd"/> is not followed by "bởi".
    /// </summary>
    public static (int From, int To)? Span(IReadOnlyList<Token> tokens, int verbEnd)
    {
        var at = verbEnd;
        if (at < tokens.Count && tokens[at].Lower == "kết")
        {
            at++;
        }
        if (at >= tokens.Count || tokens[at].Lower != "bởi")
        {
            return null;
        }
        var end = at + 1;
        while (end < tokens.Count && tokens[end].Text is not (";" or "." or ":") && !(tokens[end].IsWord && !tokens[end].IsUpperInitial && AgentEnd.Contains(tokens[end].Lower)))
        {
            end++;
        }
        return end > at + 1 ? (at + 1, end) : null;
    }
}
