using Extraction.Extract.Detection;
using Extraction.Extract.Kinds;
using Extraction.Extract.Parties;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>
/// One signer, several documents, each with partners of its own (extract-gaps class 2): "Công ty A ký thỏa thuận hợp
/// tác với Công ty B và ký biên bản ghi nhớ với Viện C", "Hội X ký kết chương trình phối hợp với Y, đồng thời ký kết
/// thỏa thuận hợp tác với Z". Each signing clause after the first shares the subject and names its own document and
/// partners, so each is an agreement between the subject and its own partners. One verb with several partners
/// ("X ký … với A và B") stays one agreement: nothing in the sentence says the documents are apart.
/// </summary>
internal static class SharedSignerClauses
{
    /// <summary>Tokens between a later document and its "với" ("biên bản ghi nhớ về hợp tác đào tạo với C").</summary>
    private const int MaxKindToPartner = 10;

    /// <summary>
    /// "ký thỏa thuận hợp tác với B, biên bản ghi nhớ với C" (the verb left out before the second document): each document
    /// that follows a partner after ",", "và" or ";" and has a "với" of its own is read as a clause of its own, at its kind.
    /// </summary>
    public static List<SigningClause> WithElidedVerbs(List<Token> tokens, List<SigningClause> clauses)
    {
        var result = new List<SigningClause>(clauses);
        for (var c = 0; c < clauses.Count; c++)
        {
            var stop = c + 1 < clauses.Count ? clauses[c + 1].VerbToken : tokens.Count;
            var with = clauses[c].VerbEndToken;
            while (with < stop && !(tokens[with].IsWord && tokens[with].Lower == "với"))
            {
                with++;
            }
            for (var k = with + 2; k < stop; k++)
            {
                if (tokens[k].Text == ".")
                {
                    break;
                }
                if (tokens[k - 1].Text is not ("," or ";") && tokens[k - 1].Lower != "và")
                {
                    continue;
                }
                if (KindFinder.At(tokens, k) is { } kind && HasOwnPartner(tokens, kind.End, stop))
                {
                    result.Add(new SigningClause(k, k, Ceremony: false, Strong: false));
                }
            }
        }
        return result.Count == clauses.Count ? clauses : [.. result.OrderBy(x => x.VerbToken)];
    }

    private static bool HasOwnPartner(List<Token> tokens, int from, int stop)
    {
        for (var k = from; k < Math.Min(stop, from + MaxKindToPartner); k++)
        {
            if (tokens[k].Text is "," or ";" or ".")
            {
                return false;
            }
            if (tokens[k].IsWord && tokens[k].Lower == "với")
            {
                return true;
            }
        }
        return false;
    }

    public static List<Candidate>? Split(Candidate whole, string text, List<Token> tokens, List<SigningClause> clauses)
    {
        if (clauses.Count < 2)
        {
            return null;
        }
        var firstVerb = tokens[clauses[0].VerbToken].Start;
        var subjects = whole.Parties.Where(p => !p.Partner && p.End <= firstVerb).ToList();
        // A co-subject after the first verb ("…; C ký với D") is another shape: each clause then names its own subject.
        if (subjects.Count == 0 || whole.Parties.Any(p => !p.Partner && p.End > firstVerb))
        {
            return null;
        }
        var parts = new List<Candidate>(clauses.Count);
        for (var k = 0; k < clauses.Count; k++)
        {
            var from = tokens[clauses[k].VerbToken].Start;
            var to = k + 1 < clauses.Count ? tokens[clauses[k + 1].VerbToken].Start : int.MaxValue;
            var partners = whole.Parties.Where(p => p.Partner && p.Start >= from && p.Start < to).ToList();
            var kind = KindFinder.Find(tokens, clauses[k]).FirstOrDefault(m => m.Start >= clauses[k].VerbEndToken);
            if (partners.Count == 0 || kind is null || tokens[kind.Start].Start >= to)
            {
                return null;
            }
            parts.Add(DocumentGroups.Part(whole, text, tokens, kind, [.. subjects, .. partners]));
        }
        return parts;
    }
}
