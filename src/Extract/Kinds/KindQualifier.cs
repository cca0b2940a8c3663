using Extraction.Extract.Lexicons;
using Extraction.Extract.Model;
using Extraction.Extract.Text;

namespace Extraction.Extract.Kinds;

/// <summary>
/// "Hiệp định khung", "Hiệp định vay", "Hợp đồng tín dụng", "Biên bản ghi nhớ hợp tác": a word right after the kind that
/// says which type of that document it is belongs to the kind, as the gold writes it; the subject starts after it.
/// Applied when the agreement is assembled, so detection and framing still compare the base kinds.
/// </summary>
internal static class KindQualifier
{
    private static readonly PhraseLexicon<bool> Qualifiers = WordSetLexicon.Phrases("kind-qualifier");

    /// <summary>How far after the kind a qualifier is looked for, in characters (one or two words and the space before).</summary>
    private const int MaxQualifierLength = 24;

    /// <summary>The kind and its span grown over the qualifier written right after it, and the subject without it.</summary>
    public static (string Kind, TextSpan Span, string? Subject, TextSpan? SubjectSpan) Grow(
        string text, string kind, TextSpan span, string? subject, TextSpan? subjectSpan)
    {
        // One qualifier only: a second is more often the subject's verb ("hiệp định tín dụng tài trợ cho 3 dự án"); measured
        // against two in docs/decisions.md.
        var tokens = Tokenizer.Tokenize(text, span.End, Math.Min(text.Length, span.End + MaxQualifierLength));
        if (Qualifiers.Match(tokens, 0) is not { Length: var k })
        {
            return (kind, span, subject, subjectSpan);
        }
        var grown = new TextSpan(span.Start, tokens[k - 1].End);
        var name = kind + text[span.End..grown.End];
        if (subjectSpan is { } s && s.Start < grown.End)
        {
            var start = grown.End;
            while (start < s.End && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
            subject = start < s.End ? text[start..s.End] : null;
            subjectSpan = start < s.End ? new TextSpan(start, s.End) : null;
        }
        return (name, grown, subject, subjectSpan);
    }
}
