using Extraction.Extract.Lexicons;
using Extraction.Extract.People;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Parties;

/// <summary>
/// The meeting frame (extract-gaps class 11): "A làm việc với B", "A tiếp đoàn công tác của B", "A đã có buổi hội đàm với
/// lãnh đạo B", "A bắt tay với B". A sentence (or headline) saying who met whom comes right before "Tại buổi làm việc,
/// hai bên đã ký …", which names no side of its own: host and visitor are the two sides. A delegation, the leaders or
/// the representatives of a body ("đoàn công tác (của) B", "đoàn đại biểu B", "lãnh đạo B") stand for it.
/// </summary>
internal static class MeetingFrame
{
    // Words between the host and the meeting verb: aspect, and the noun of the event ("đã có buổi làm việc với").
    private static readonly HashSet<string> Before = WordSetLexicon.Group("meeting-before");

    // Words after the verb, before "với": "hợp tác toàn diện với", "hợp tác chiến lược với".
    private static readonly HashSet<string> After = WordSetLexicon.Group("meeting-after");

    // The verbs of a meeting or visit; the host stands before them, the visitor right after them (or after "với", "tại").
    private static readonly PhraseLexicon<bool> Verbs = WordSetLexicon.Phrases("meeting-verb");

    // The most lower-case words between the envoy words and the body they stand for ("đoàn đại biểu cấp cao").
    private const int MaxEnvoyModifiers = 2;

    // Words that end the envoys' modifiers: a preposition ("của", "do", "tại") or a joiner ("và", "với") starts another phrase.
    private static readonly HashSet<string> Prepositions = WordSetLexicon.Group("preposition");
    private static readonly HashSet<string> ListJoiners = WordSetLexicon.Group("list-joiner");

    /// <summary>
    /// The end of the meeting phrase that opens at <paramref name="from"/> ("đã có buổi làm việc với lãnh đạo",
    /// "tiếp và làm việc với đoàn công tác của", "bắt tay với"), where the visitor's name starts; -1 when there is none.
    /// </summary>
    private static int JoinEnd(IReadOnlyList<Token> tokens, int from)
    {
        var k = from;
        while (k < tokens.Count && k < from + 5 && tokens[k].IsWord && !tokens[k].IsUpperInitial && Before.Contains(tokens[k].Lower))
        {
            k++;
        }
        var verbs = 0;
        while (k < tokens.Count && !tokens[k].IsUpperInitial && Verbs.Match(tokens, k) is { } verb)
        {
            k += verb.Length;
            verbs++;
            // "tiếp và làm việc với", "thăm, làm việc tại": one verb joined to the next.
            if (k + 1 < tokens.Count && tokens[k].Lower is "và" or "," && !tokens[k + 1].IsUpperInitial && Verbs.Match(tokens, k + 1) is not null)
            {
                k++;
            }
        }
        if (verbs == 0)
        {
            return -1;
        }
        for (var m = 0; m < 2 && k < tokens.Count && tokens[k].IsWord && After.Contains(tokens[k].Lower); m++)
        {
            k++;
        }
        if (k < tokens.Count && tokens[k].IsWord && tokens[k].Lower is "với" or "tại" or "cùng")
        {
            k++;
        }
        if (RuleSwitch.On("DelegationStandsFor"))
        {
            k = EnvoyEnd(tokens, k);
            // "gặp gỡ Bộ trưởng Bộ X": the leader's title before the body's head stands for the body.
            if (PersonTitles.StartsAt(tokens, k) is > 0 and var title && k + title < tokens.Count && OrgNameGrammar.HeadEnd(tokens, k + title, out _) > 0)
            {
                k += title;
            }
        }
        return k < tokens.Count ? k : -1;
    }

    /// <summary>The end of the envoy words at <paramref name="at"/> ("đoàn công tác của", "lãnh đạo"), or <paramref name="at"/>.</summary>
    public static int EnvoyEnd(IReadOnlyList<Token> tokens, int at)
    {
        if (at >= tokens.Count || WordSetLexicon.Envoys.Match(tokens, at) is not { } envoy)
        {
            return at;
        }
        var k = at + envoy.Length;
        // "đoàn đại biểu cấp cao tỉnh X", "đoàn công tác liên ngành Sở Y": up to two lower-case words saying what kind of
        // envoys they are, when a name starts right after them ("đoàn công tác tỉnh X" is no modifier: "tỉnh X" is the name).
        if (RuleSwitch.On("EnvoyModifiers"))
        {
            for (var m = k; m < tokens.Count && m <= k + MaxEnvoyModifiers; m++)
            {
                if (StartsName(tokens, m))
                {
                    k = m;
                    break;
                }
                if (!tokens[m].IsWord || Prepositions.Contains(tokens[m].Lower) || ListJoiners.Contains(tokens[m].Lower))
                {
                    break;
                }
            }
        }
        // "đoàn công tác của Sở X" as "đoàn công tác Sở X": the owner is the body the envoys stand for.
        if (k < tokens.Count && tokens[k].IsWord && tokens[k].Lower == "của")
        {
            k++;
        }
        return k;
    }

    // Whether a body's or a place's name opens at the token: a capital, a head ("công ty"), a place ("tỉnh X").
    private static bool StartsName(IReadOnlyList<Token> tokens, int at) =>
        tokens[at].IsUpperInitial || OrgNameGrammar.HeadEnd(tokens, at, out _) > 0
        || AdminPhraseParser.Parse(tokens, at, allowCapitalKeyword: true) is { IsBare: false };

    /// <summary>
    /// Host and visitor of the meeting a sentence reports, as organisations (or places) of <paramref name="orgs"/>: the
    /// body right before the meeting phrase, or the one a delegation opening the sentence stands for ("Đoàn công tác tỉnh
    /// A do ông X làm trưởng đoàn đã làm việc với …"), and the body right after it. Null when there is no such pair.
    /// </summary>
    public static (OrgMatch Host, OrgMatch Visitor)? Sides(IReadOnlyList<Token> tokens, IReadOnlyList<OrgMatch> orgs)
    {
        for (var v = 1; v < orgs.Count; v++)
        {
            if (JoinEnd(tokens, orgs[v - 1].End) == orgs[v].Start)
            {
                return (orgs[v - 1], orgs[v]);
            }
        }
        // A delegation opening the sentence: its body hosts a meeting phrase anywhere before the visitor.
        if (orgs.Count >= 2 && RuleSwitch.On("DelegationStandsFor") && OpensAsEnvoy(tokens, orgs[0].Start))
        {
            for (var v = 1; v < orgs.Count; v++)
            {
                if (Enumerable.Range(orgs[0].End, orgs[v].Start - orgs[0].End).Any(k => JoinEnd(tokens, k) == orgs[v].Start))
                {
                    return (orgs[0], orgs[v]);
                }
            }
        }
        return null;
    }

    // "Đoàn công tác tỉnh A …", "Chiều 3/5, đoàn đại biểu Sở B …": the envoy words open the sentence (after a time phrase).
    private static bool OpensAsEnvoy(IReadOnlyList<Token> tokens, int start)
    {
        for (var at = 0; at < start; at++)
        {
            if (at == 0 || tokens[at - 1].Text == ",")
            {
                if (EnvoyEnd(tokens, at) == start && start > at)
                {
                    return true;
                }
            }
        }
        return false;
    }
}
