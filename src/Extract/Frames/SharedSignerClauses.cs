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

    /// <summary>One candidate per clause with its own document and partners, the subject shared; null when the sentence is one agreement.</summary>
    public static List<Candidate>? Split(Candidate whole, string text, List<Token> tokens, List<SigningClause> clauses)
    {
        if (clauses.Count < 2)
        {
            return null;
        }
        var verbs = clauses.Select(c => tokens[c.VerbToken].Start).ToList();
        var shared = whole.Parties.Where(p => !p.Partner && p.End <= verbs[0]).ToList();
        if (shared.Count == 0)
        {
            return null;
        }
        // "… với B; C ký … với D": a body between the last separator and a later verb is that clause's own subject.
        var own = new List<List<PartyMention>> { shared };
        for (var k = 1; k < clauses.Count; k++)
        {
            var from = SubjectSlotStart(tokens, whole.Parties, clauses[k - 1].VerbEndToken, clauses[k].VerbToken);
            own.Add(whole.Parties.Where(p => p.Start >= from && p.End <= verbs[k]).ToList());
        }
        var subjectsAnywhere = own.SelectMany(o => o).ToHashSet();
        if (whole.Parties.Any(p => !p.Partner && !subjectsAnywhere.Contains(p)))
        {
            return null;
        }
        var parts = new List<Candidate>(clauses.Count);
        for (var k = 0; k < clauses.Count; k++)
        {
            var to = k + 1 < clauses.Count ? verbs[k + 1] : int.MaxValue;
            var next = k + 1 < clauses.Count ? own[k + 1] : [];
            var partners = whole.Parties.Where(p => p.Partner && p.Start >= verbs[k] && p.Start < to && !next.Contains(p)).ToList();
            var kind = KindFinder.Find(tokens, clauses[k]).FirstOrDefault(m => m.Start >= clauses[k].VerbEndToken);
            if (partners.Count == 0 || kind is null || tokens[kind.Start].Start >= to)
            {
                return null;
            }
            var subjects = own[k].Count > 0 ? own[k] : shared;
            parts.Add(DocumentGroups.Part(whole, text, tokens, kind, [.. subjects, .. partners]));
        }
        return parts;
    }

    /// <summary>Where a later clause's own subject may start: after the last ",", ";" or "và" before its verb that no side's name holds.</summary>
    private static int SubjectSlotStart(List<Token> tokens, List<PartyMention> parties, int from, int verb)
    {
        for (var k = verb - 1; k >= from; k--)
        {
            var t = tokens[k];
            if ((t.Text is "," or ";" || t.Lower == "và") && !parties.Any(p => p.Start < t.Start && t.End <= p.End))
            {
                return t.End;
            }
        }
        return int.MaxValue;
    }
}
