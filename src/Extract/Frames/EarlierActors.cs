using Extraction.Extract.Confidence;
using Extraction.Extract.Lexicons;
using Extraction.Extract.Parties;
using Extraction.Extract.People;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>
/// Sides named in a sentence before the signing one (extract-gaps class 11), for an agreement whose signing sentence
/// names fewer than two:
/// <list type="bullet">
/// <item><c>EarlierActors</c> (tried after CoOrganisers): the signing sentence names none but refers to a group ("Tại hội nghị, hai đơn vị đã ký
/// kết …", "hai bên", "các bên", "đôi bên"); the bodies of the nearest earlier sentence that names any are its sides,
/// two or more, as many as the count says when one is written, none introduced by a person's title (a guest).</item>
/// <item><c>CoOrganisers</c>: an earlier sentence says who acted together ("Sở A phối hợp với Hội B, Đài C tổ chức
/// hội nghị …", "Sở A và Hội B phối hợp tổ chức …", or only "Sở A và Hội B tổ chức …"); those bodies are the sides when they hold the one the
/// signing sentence names, if any.</item>
/// </list>
/// </summary>
internal static class EarlierActors
{
    private const int LookBack = 2;

    // The largest group read as sides named in one earlier sentence.
    private const int MaxGroup = 6;

    public static void Complete(List<Frame> frames, string text, List<Sentence> sentences, ArticlePlace place)
    {
        foreach (var f in frames.Where(f => f.Parties.Count < 2 && f.FirstTextCandidate is not null))
        {
            var at = f.FirstTextCandidate!.SentenceIndex;
            var signing = Tokenizer.Tokenize(text, sentences[at].Start, sentences[at].End);
            // "hai bên", "các đơn vị" as the signing clause's subject: how many signers it counts (0 for a plural mark).
            var groupNamed = f.Parties.Count == 0 ? GroupCount(signing, f.FirstTextCandidate.Clause.VerbToken) : null;
            // The more specific reading first: who acted together, then a group referring back.
            if (RuleSwitch.On("CoOrganisers"))
            {
                // "Tại hội nghị, hai bên đã ký …" after three organisers: the count says the signers are not all of them.
                var counted = RuleSwitch.On("JointOrganisers") ? groupNamed : null;
                for (var k = at - 1; k >= 0 && k >= at - LookBack; k--)
                {
                    var actors = CoOrganisers(text, Tokenizer.Tokenize(text, sentences[k].Start, sentences[k].End), place);
                    if (actors.Count >= 2 && f.Parties.All(p => actors.Any(a => PartySimilarity.Same(a, p)))
                        && (counted is null or 0 || actors.Count == counted))
                    {
                        f.Parties.AddRange(actors.Where(a => !f.Parties.Any(p => PartySimilarity.Same(p, a))));
                        break;
                    }
                }
            }
            // A cut sentence's second part counts its verb from the cut: past the end, the sentence's end stands for it.
            var verbAt = f.FirstTextCandidate.Clause.VerbToken < signing.Count ? signing[f.FirstTextCandidate.Clause.VerbToken].Start : sentences[at].End;
            var group = f.Parties.Count == 0 ? groupNamed : null;
            // "Tại buổi làm việc, thỏa thuận hợp tác đã được ký kết", "lễ ký kết … đã diễn ra", "hai tỉnh đã ký": no subject
            // named, the meeting's sides.
            var noSubject = f.Parties.Count == 0 && group is null && RuleSwitch.On("MeetingNoSubject");
            if ((group is 0 or 2 || noSubject) && RuleSwitch.On("MeetingSides") && MeetingSides.Before(text, sentences, at, place, verbAt) is { } met)
            {
                f.Parties.AddRange(met);
                continue;
            }
            // "A làm việc với B. … Dịp này, B đã ký thỏa thuận hợp tác với tỉnh.": the side named met the other.
            if (f.Parties.Count == 1 && RuleSwitch.On("MeetingOneSide") && MeetingSides.Before(text, sentences, at, place, verbAt) is { } pair
                && pair.FindIndex(m => PartySimilarity.Same(m, f.Parties[0])) is >= 0 and var same)
            {
                f.Parties.Add(pair[1 - same]);
                continue;
            }
            if (f.Parties.Count == 0 && RuleSwitch.On("EarlierActors") && group is { } count)
            {
                for (var k = at - 1; k >= 0 && k >= at - LookBack; k--)
                {
                    var bodies = Bodies(text, Tokenizer.Tokenize(text, sentences[k].Start, sentences[k].End), place);
                    if (bodies.Count == 0)
                    {
                        continue;
                    }
                    if (bodies.Count >= 2 && (count == 0 || bodies.Count == count))
                    {
                        f.Parties.AddRange(bodies);
                    }
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The count of the group of sides that is the subject of the signing verb ("hai bên đã ký" 2; "các bên" 0 = any),
    /// or null; a group elsewhere in the sentence ("… của các cơ quan khác") is not its subject.
    /// </summary>
    private static int? GroupCount(List<Token> tokens, int verb)
    {
        const int SubjectWindow = 6;
        for (var i = Math.Max(0, verb - SubjectWindow); i + 1 < tokens.Count && i < verb; i++)
        {
            int? count = !tokens[i].IsWord ? null
                : tokens[i].Lower switch { "các" => 0, "đôi" => 2, var w => NumberWords.Word(w) is <= MaxGroup and var n ? n : null };
            var noun = count is null ? null : WordSetLexicon.GroupNouns.Match(tokens, i + 1);
            if (noun is { } found && i + found.Length < verb)
            {
                return count;
            }
        }
        return null;
    }

    /// <summary>
    /// The distinct bodies a sentence names, leaving out bodies right after a person's title (a guest); places and
    /// countries count only when no organisation is named ("Việt Nam và Lào …. Hai bên đã ký …").
    /// </summary>
    private static List<PartyMention> Bodies(string text, List<Token> tokens, ArticlePlace place)
    {
        var bodies = new List<PartyMention>();
        var places = new List<PartyMention>();
        foreach (var org in PartyFinder.ScanOrganisations(tokens))
        {
            // A guest ("Giám đốc Sở X"), the venue ("tại Hội trường Y"), an owner ("của Z") is no side.
            if (PersonTitles.EndsAt(tokens, org.Start) >= 0
                || (org.Start > 0 && tokens[org.Start - 1].IsWord && tokens[org.Start - 1].Lower is "tại" or "của" or "thuộc" or "ở"
                    && !(RuleSwitch.On("DelegationStandsFor") && MeetingSides.EnvoyOwner(tokens, org.Start))))
            {
                continue;
            }
            SideMentions.AddNew(org.IsPlaceOnly ? places : bodies, SideMentions.Of(text, tokens, org, place, Provenance.PartyAntecedent));
        }
        return bodies.Count > 0 ? bodies : places;
    }

    /// <summary>
    /// The bodies acting together in "A (, B và C) (đã/cùng) phối hợp (với D, E và F)" or "A và B tổ chức …": the list
    /// right before the first "phối hợp" or "tổ chức" and, after it, the list after "với"; none when the sentence has no
    /// such verb or fewer than two.
    /// </summary>
    private static List<PartyMention> CoOrganisers(string text, List<Token> tokens, ArticlePlace place)
    {
        var verb = -1;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].IsWord && tokens[i + 1].IsWord
                && ((tokens[i].Lower == "phối" && tokens[i + 1].Lower == "hợp")
                    // "Sở A và Hội B tổ chức hội nghị …": bodies that hold the event together, as "phối hợp tổ chức" says.
                    || (tokens[i].Lower == "tổ" && tokens[i + 1].Lower == "chức" && RuleSwitch.On("JointOrganisers"))))
            {
                verb = i;
                break;
            }
        }
        if (verb < 1)
        {
            return [];
        }
        var orgs = PartyFinder.ScanOrganisations(tokens).Where(o => !o.IsPlaceOnly).ToList();
        // Before the verb: the list ending right before it (aspect words "đã", "vừa", "cùng" between).
        var end = verb;
        while (end > 0 && tokens[end - 1].IsWord && tokens[end - 1].Lower is "đã" or "vừa" or "cùng" or "mới" or "sẽ")
        {
            end--;
        }
        var before = Chain(tokens, orgs.Where(o => o.End <= end).ToList(), end, backwards: true);
        if (before.Count == 0 || PersonTitles.EndsAt(tokens, before[0].Start) >= 0)
        {
            return [];
        }
        var after = new List<OrgMatch>();
        var with = verb + 2;
        if (with < tokens.Count && tokens[with].IsWord && tokens[with].Lower == "với")
        {
            after = Chain(tokens, orgs.Where(o => o.Start > with).ToList(), with + 1, backwards: false);
        }
        var actors = new List<PartyMention>();
        foreach (var o in before.Concat(after))
        {
            SideMentions.AddNew(actors, SideMentions.Of(text, tokens, o, place, Provenance.PartyAntecedent));
        }
        return actors;
    }

    /// <summary>Bodies joined only by "," or "và", reading from <paramref name="edge"/> (backwards: ending there).</summary>
    private static List<OrgMatch> Chain(List<Token> tokens, List<OrgMatch> orgs, int edge, bool backwards)
    {
        var chain = new List<OrgMatch>();
        var at = edge;
        foreach (var o in backwards ? Enumerable.Reverse(orgs) : orgs)
        {
            var (from, to) = backwards ? (o.End, at) : (at, o.Start);
            if (from > to || Enumerable.Range(from, to - from).Any(k => !(tokens[k].Text == "," || tokens[k].Lower == "và")))
            {
                break;
            }
            chain.Add(o);
            at = backwards ? o.Start : o.End;
        }
        if (backwards)
        {
            chain.Reverse();
        }
        return chain;
    }
}
