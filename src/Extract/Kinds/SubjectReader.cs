using Extraction.Extract.Model;
using Extraction.Extract.Text;

namespace Extraction.Extract.Kinds;

internal static class SubjectReader
{
    /// <summary>What the agreement is about: the words after the kind, up to the end of the sentence.</summary>
    public static (string?, TextSpan?) Read(string source, List<Token> tokens, KindMention? kind, bool isTitle)
    {
        if (kind is null || kind.End >= tokens.Count)
        {
            return (null, null);
        }
        var k = kind.End;
        while (k < tokens.Count && (tokens[k].Lower is "về" or "việc" or ":" or "," || tokens[k].Text is "“" or "\""))
        {
            if (tokens[k].Text is "“" or "\"")
            {
                break;
            }
            k++;
        }
        var end = k;
        while (end < tokens.Count && tokens[end].Text is not ("." or ";" or "(") && end - k < 60)
        {
            end++;
        }
        if (end <= k)
        {
            return (null, null);
        }
        var s = tokens[k].Start;
        var e = tokens[end - 1].End;
        var subject = source[s..e].Trim().TrimEnd(',', ' ');
        if (subject.Length < 3)
        {
            return (null, null);
        }
        return (subject, isTitle ? null : new TextSpan(s, s + subject.Length));
    }
}
