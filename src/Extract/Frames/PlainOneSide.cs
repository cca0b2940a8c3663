using Extraction.Extract.Dates;
using Extraction.Extract.Detection;
using Extraction.Extract.Lexicons;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>
/// "Sở A ký Thỏa thuận hợp tác về …" with the partner named nowhere: one side and the kind as the plain verb's own object
/// (right after it, or after one lower-case word) report a signing, as they do after "đã ký" or "ký kết". Not a contract, which
/// needs two named bodies; not a signing spoken of ("Việc A ký thỏa thuận là …": a noun-use word before the subject's
/// body or the verb); not one placed by a year before the report's ("đến năm 2000, A ký …"), which tells history.
/// </summary>
internal static class PlainOneSide
{
    public static bool IsReport(string text, Frame frame, DateOnly? published)
    {
        if (frame.Parties.Count != 1 || frame.Kind is null || frame.FirstTextCandidate is not { } c
            || c.Clause.VerbEndToken <= c.Clause.VerbToken)
        {
            // A listed line or an elided verb carries no verb of its own (VerbEndToken == VerbToken).
            return false;
        }
        if (c.TokensAtVerb() is not { } tokens)
        {
            return false;
        }
        var (verb, verbEnd) = (c.Clause.VerbToken, c.Clause.VerbEndToken);
        // The kind opens the object, or follows one lower-case word ("ký một hiệp định", "ký tắt hiệp định").
        var objectAt = c.Kinds.Select(k => k.Mention.Start).FirstOrDefault(at => at == verbEnd || (at == verbEnd + 1 && tokens[verbEnd].IsWord
            && !tokens[verbEnd].IsUpperInitial), -1);
        if (objectAt < 0 || SigningClauseFinder.IsContractAt(tokens, objectAt))
        {
            return false;
        }
        // "Việc A ký …", "Tuy nhiên việc A ký …", "việc ký …": the noun-use word before the body that signs, or before the verb;
        // not a syllable of a compound in the name ("Trung tâm Dịch vụ việc làm", "Bộ Chỉ huy Quân sự").
        var (subject, _) = SigningClauseFinder.SubjectSpan(tokens, verb);
        for (var k = subject; k < verb; k++)
        {
            if (WordSetLexicon.NounUse.Has(tokens[k]) && (k + 1 == verb || tokens[k + 1].IsUpperInitial))
            {
                return false;
            }
        }
        // "đến năm 2000, A và B ký …": a year said before the verb, earlier than the report's (none known: any year).
        var reportYear = published?.Year ?? YearFinder.ReportYear(text) ?? int.MaxValue;
        return !YearFinder.YearsSaid(c.SentenceText[..tokens[verb].Start]).Any(year => year < reportYear);
    }
}
