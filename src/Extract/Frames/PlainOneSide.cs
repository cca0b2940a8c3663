using Extraction.Extract.Lexicons;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>
/// "Sở A ký Thỏa thuận hợp tác về …" with the partner named nowhere: one side and the kind as the plain verb's own object
/// report a signing, as they do after "đã ký" or "ký kết". Not a contract, which needs two named bodies; not a signing
/// spoken of as a noun ("Việc A ký thỏa thuận là …"); not one placed by a bare year before it ("năm 2000, A ký …"),
/// which tells history.
/// </summary>
internal static class PlainOneSide
{
    private static readonly PhraseLexicon<string> Contract = SigningCueLexicon.Phrases("contract");

    /// <summary>Words that may stand between the verb and the kind it signs ("ký một hiệp định", "ký bản thỏa thuận").</summary>
    private const int MaxWordsBeforeKind = 1;

    public static bool IsReport(string text, Frame frame)
    {
        if (frame.Parties.Count != 1 || frame.Kind is null || frame.KindSpan is not { } kind || frame.FirstTextCandidate is not { } c)
        {
            return false;
        }
        var tokens = Tokenizer.Tokenize(text, c.Evidence.Start, c.Evidence.End);
        var (verb, verbEnd) = (c.Clause.VerbToken, c.Clause.VerbEndToken);
        if (verbEnd >= tokens.Count || verbEnd <= verb || tokens[verb].Lower is not ("ký" or "kí"))
        {
            return false;
        }
        var kindAt = Enumerable.Range(verbEnd, Math.Min(MaxWordsBeforeKind + 1, tokens.Count - verbEnd)).FirstOrDefault(k => tokens[k].Start == kind.Start, -1);
        if (kindAt < 0 || Contract.Match(tokens, kindAt) is not null)
        {
            return false;
        }
        var subject = verb;
        while (subject > 0 && tokens[subject - 1].Text is not ("," or ";" or ":"))
        {
            subject--;
        }
        if (WordSetLexicon.NounUse.Has(tokens[subject]) || (verb > 0 && WordSetLexicon.NounUse.Has(tokens[verb - 1])))
        {
            return false;
        }
        return !tokens.Take(verb).Any(IsYear);
    }

    private static bool IsYear(Token t) =>
        t.Kind == TokenKind.Number && t.Text.Length == 4 && int.TryParse(t.Text, out var year) && year is >= 1900 and < 2100;
}
