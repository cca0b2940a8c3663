using Extraction.Extract.Lexicons;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>
/// Signings told as done one after another (extract-gaps class 2): "X lần lượt ký kết chương trình phối hợp với A và B",
/// "A, B và C lần lượt ký quy chế phối hợp với X", "X ký … với từng đơn vị: A, B". "lần lượt"/"từng" says the documents
/// are apart, so one agreement per partner of a single signer, or per signer of a single partner. Without the word, one
/// verb with several sides stays one agreement.
/// </summary>
internal static class InTurn
{
    private static readonly PhraseLexicon<bool> Cues = WordSetLexicon.Phrases("one-by-one");

    /// <summary>Words before the verb that may hold the cue.</summary>
    private const int Window = 3;

    /// <summary>Whether the candidate's sentence says its one signer (or one partner) signed with each side in turn.</summary>
    public static bool Applies(Candidate c)
    {
        var subjects = c.Parties.Count(p => !p.Partner);
        var partners = c.Parties.Count(p => p.Partner);
        if (c.IsTitle || partners == 0 || (subjects != 1 && partners != 1) || subjects + partners < 3)
        {
            return false;
        }
        var first = c.Parties.First(p => p.Partner).Start - c.Evidence.Start;
        return c.TokensAtVerb() is { } tokens && c.Clause.VerbEndToken < tokens.Count
            && (Cued(tokens, c.Clause, first) || (RuleSwitch.On("CountedDocumentsApart") && DocumentsCounted(tokens, c.Clause.VerbEndToken) == Math.Max(subjects, partners)));
    }

    /// <summary>"ký 3 bản thỏa thuận hợp tác với 3 doanh nghiệp: A, B, C": as many documents as sides on the other part are one each.</summary>
    private static int DocumentsCounted(List<Token> tokens, int verbEnd)
    {
        if (verbEnd + 1 >= tokens.Count || NumberWords.Count(tokens[verbEnd]) is not (>= 2 and var count))
        {
            return -1;
        }
        var k = verbEnd + 1;
        while (k < tokens.Count && k <= verbEnd + 2 && WordSetLexicon.DocumentUnits.Has(tokens[k]))
        {
            k++;
        }
        return k < tokens.Count && KindLexicon.Default.Match(tokens, k) is not null ? count : -1;
    }

    /// <summary>The summing-up frame as one agreement per partner of its signer, or per signer of its partner.</summary>
    public static IEnumerable<Frame> Apart(Frame f)
    {
        var subjects = f.Parties.Where(p => !p.Partner).ToList();
        var partners = f.Parties.Where(p => p.Partner).ToList();
        if (partners.Count == 0 || (subjects.Count != 1 && partners.Count != 1) || f.Parties.Count < 3)
        {
            yield return f;
            yield break;
        }
        var pairs = subjects.Count == 1 ? partners.Select(p => (subjects[0], p)) : subjects.Select(s => (s, partners[0]));
        foreach (var (a, b) in pairs)
        {
            yield return f.PairPart(a, b);
        }
    }

    private static bool Cued(List<Token> tokens, Detection.SigningClause clause, int firstPartner)
    {
        bool cue(int k) => Cues.Match(tokens, k) is not null;
        for (var k = Math.Max(0, clause.VerbToken - Window); k < clause.VerbToken; k++)
        {
            if (cue(k))
            {
                return true;
            }
        }
        // "… với từng đơn vị": the cue right after the "với" that opens the partners.
        for (var k = clause.VerbEndToken; k < tokens.Count && tokens[k].Start < firstPartner; k++)
        {
            if (tokens[k].Lower == "với" && k + 1 < tokens.Count && cue(k + 1))
            {
                return true;
            }
        }
        return false;
    }
}
