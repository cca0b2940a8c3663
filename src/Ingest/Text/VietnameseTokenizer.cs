using System.Text;

namespace Extraction.Ingest.Text;

/// <summary>
/// The one tokenizer of every stage: scans word runs (<see cref="VietnameseWords.IsWordChar"/>), numbers and punctuation
/// with their offsets, and joins or cuts them as the stage's <see cref="TokenizerPolicy"/> says. Extraction, the index's
/// analyzer and query keys, snippets and near-duplicate shingles differ only in their policy.
/// </summary>
public static class VietnameseTokenizer
{
    /// <summary>The tokens of <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>) into <paramref name="into"/> (cleared first), in order.</summary>
    public static void Tokenize(string text, int start, int end, TokenizerPolicy policy, List<TextRun> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(into);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        into.Clear();
        var punctuation = policy.Punctuation;
        var joins = policy.MaxParts > 1;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (!VietnameseWords.IsWordChar(c))
            {
                if (punctuation && !char.IsWhiteSpace(c))
                {
                    into.Add(new TextRun(i, i + 1, TextRunKind.Punctuation));
                }
                i++;
                continue;
            }
            var runEnd = RunEnd(text, i + 1, end);
            var tokenEnd = joins ? JoinedEnd(text, i, runEnd, end, policy) : runEnd;
            if (policy.SplitCityPrefix && tokenEnd - i > 3 && text[i] is 'T' or 't' && text[i + 1] is 'P' or 'p' && text[i + 2] == '.')
            {
                into.Add(new TextRun(i, i + 3, TextRunKind.Word));
                i += 3;
            }
            into.Add(new TextRun(i, tokenEnd, char.IsDigit(text[i]) ? TextRunKind.Number : TextRunKind.Word));
            i = tokenEnd;
        }
    }

    /// <summary>The tokens of a whole text (see <see cref="Tokenize(string, int, int, TokenizerPolicy, List{TextRun})"/>).</summary>
    public static List<TextRun> Tokenize(string text, TokenizerPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(text);
        var runs = new List<TextRun>();
        Tokenize(text, 0, text.Length, policy, runs);
        return runs;
    }

    private static int RunEnd(string text, int i, int end)
    {
        while (i < end && VietnameseWords.IsWordChar(text[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>Where the token opened by the run [<paramref name="start"/>, <paramref name="runEnd"/>) ends once the policy's joins are made.</summary>
    private static int JoinedEnd(string text, int start, int runEnd, int end, TokenizerPolicy policy)
    {
        var joined = runEnd;
        var at = runEnd;
        StringBuilder? parts = null;
        for (var n = 1; n < policy.MaxParts && at + 1 < end && policy.Joiners.Contains(text[at]) && VietnameseWords.IsWordChar(text[at + 1]); n++)
        {
            var next = RunEnd(text, at + 2, end);
            if (policy.JoinWhen is null)
            {
                joined = next;
            }
            else
            {
                parts ??= new StringBuilder().Append(text, start, runEnd - start);
                parts.Append(text, at + 1, next - at - 1);
                if (policy.JoinWhen(parts.ToString()))
                {
                    joined = next;
                }
            }
            at = next;
        }
        return joined;
    }
}
