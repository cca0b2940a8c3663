using Extraction.Extract.Parties;

namespace Extraction.Extract.Frames;

/// <summary>
/// Groups signing sentences into agreements: sentences naming the same sides (or no sides) tell
/// the same agreement; a sentence with a new set of sides starts another; a ceremony "ký kết các
/// chương trình" told agreement by agreement afterwards is dropped for its parts.
/// </summary>
internal static class FrameBuilder
{
    /// <summary>
    /// How many signing sentences, and as many documents listed on lines of their own, a page frames. Framing compares
    /// every candidate's sides with every other's: no real page reports more than five signing sentences (17,600 VNTC,
    /// dev, held-out, seed and corpus articles), while a dump of 1,600 such sentences took 31 s and 1,600 listed lines
    /// 97 s; only the first are read.
    /// </summary>
    internal const int MaxCandidates = 64;

    public static List<Frame> Build(IReadOnlyList<Candidate> candidates)
    {
        var frames = new List<Frame>();
        var inTurnFrames = new HashSet<Frame>();
        foreach (var c in candidates)
        {
            if (c.IsTitle && frames.Count > 0)
            {
                AbsorbTitle(frames, c);
                continue;
            }
            if (c.Listed != ListedRole.None)
            {
                // "ký 3 văn kiện. Đó là: A; B; C": every listed document is an agreement, also when it names no side of its own.
                var own = new Frame { Sibling = c.Listed == ListedRole.Later };
                frames.Add(own);
                own.Absorb(c, addParties: true);
                continue;
            }
            Frame target;
            // "… với A về …, và với B về …" already says which documents are apart; a later sentence does not regroup them.
            var ownDocuments = c.IsPlural || !RuleSwitch.On("PartnerAgain") ? [] : c.Parties.Where(p => p.OwnDocument).ToList();
            var plural = c.IsPlural || (ownDocuments.Count == 0 && ((RuleSwitch.On("ToldPerPartner") && ToldPerPartner(c, candidates))
                || (RuleSwitch.On("ToldPerPair") && ToldPerPair(c, candidates))));
            var inTurn = !plural && c.Parties.Count >= 3 && RuleSwitch.On("InTurn") && InTurn.Applies(c);
            plural |= inTurn;
            if (c.Parties.Count == 0)
            {
                if (frames.Count == 0)
                {
                    frames.Add(target = new Frame { Umbrella = plural });
                }
                else
                {
                    target = frames.LastOrDefault(f => !f.Sibling && !f.Umbrella) ?? frames[^1];
                }
                if (!plural && RuleSwitch.On("AlsoSigned") && AlsoSigned.AnotherDocument(target, c))
                {
                    frames.Add(AlsoSigned.Twin(target, c));
                    continue;
                }
                target.Absorb(c, addParties: false);
                // Two documents named with no side ("… ký biên bản làm việc; ký kế hoạch …"): two agreements still.
                if (RuleSwitch.On("SemicolonKinds") && c.Kinds.Count > 1 && !plural && !c.IsTitle)
                {
                    AddTwin(frames, c);
                }
                continue;
            }
            if (!plural && RuleSwitch.On("ThisDocument") && ThisDocument.Target(frames, c) is { } told)
            {
                told.Absorb(c, addParties: false);
                continue;
            }
            var match = plural ? null : frames.LastOrDefault(f => !f.Umbrella && !f.Sibling && Compatible(f.Parties, c.Parties));
            if (match is not null && RuleSwitch.On("AlsoSigned") && AlsoSigned.AnotherDocument(match, c))
            {
                frames.Add(AlsoSigned.Twin(match, c));
                continue;
            }
            if (match is not null)
            {
                target = match;
            }
            else if (frames.Count > 0 && frames[^1].Parties.Count == 0 && !frames[^1].Sibling)
            {
                target = frames[^1];
                target.Umbrella |= plural;
            }
            else
            {
                frames.Add(target = new Frame { Umbrella = plural });
            }
            target.Absorb(c, addParties: ownDocuments.Count == 0);
            if (ownDocuments.Count > 0)
            {
                AddPartnerDocuments(frames, target, c, ownDocuments);
            }
            if (inTurn)
            {
                inTurnFrames.Add(target);
            }
            if (!plural)
            {
                CompleteFromUmbrella(frames, target);
            }
            if (c.Kinds.Count > 1 && !plural)
            {
                AddTwin(frames, c);
            }
        }
        // "X lần lượt ký … với A và B" that no later sentence tells apart: one agreement per partner (or per signer) still.
        var kept = DropUmbrellas(frames).SelectMany(f => inTurnFrames.Contains(f) ? InTurn.Apart(f) : [f]).ToList();
        UseFullestNames(kept);
        // The report speaks of several documents ("các quy chế"): one per partner of a single signer.
        return kept.SelectMany(f => candidates.Any(c => c.IsPlural) ? SplitByPartner(f) : [f]).ToList();
    }

    /// <summary>
    /// The further documents a sentence names: each an agreement of its own with the same sides, which later sentences
    /// do not join. "ký Hiệp định …; ký Bản ghi nhớ …; và ký Chương trình …" names three (extract-gaps class 2).
    /// </summary>
    private static void AddTwin(List<Frame> frames, Candidate c)
    {
        var last = RuleSwitch.On("EveryKindTwin") ? c.Kinds.Count : 2;
        for (var k = 1; k < last; k++)
        {
            var twin = new Frame { Sibling = true };
            frames.Add(twin);
            twin.Absorb(c, addParties: true);
            twin.Kind = c.Kinds[k].Mention.Kind;
            twin.KindSpan = c.Kinds[k].Span;
            twin.Subject = null;
            twin.SubjectSpan = null;
        }
    }

    /// <summary>
    /// "X ký biên bản ghi nhớ với A về …, và với B về …": the partner named after the second "và với" signs a document of its
    /// own with the same signers; the first partner stays in <paramref name="target"/>. The twins take no later sentence's sides.
    /// </summary>
    private static void AddPartnerDocuments(List<Frame> frames, Frame target, Candidate c, List<PartyMention> ownDocuments)
    {
        var shared = c.Parties.Where(p => !p.Partner).ToList();
        foreach (var p in c.Parties.Except(ownDocuments))
        {
            target.AddParty(p);
        }
        foreach (var partner in ownDocuments)
        {
            var twin = new Frame { Sibling = true };
            frames.Add(twin);
            twin.Absorb(c, addParties: false);
            foreach (var p in shared.Append(partner))
            {
                twin.AddParty(p);
            }
        }
    }

    /// <summary>"Với A, hai bên ký …" after "X ký … với A và B": the part names only the partner; the signer and date come from the summing-up.</summary>
    private static void CompleteFromUmbrella(List<Frame> frames, Frame part)
    {
        if (part.Parties.Count != 1)
        {
            return;
        }
        var umbrella = frames.LastOrDefault(f => f.Umbrella && f != part && f.Parties.Count(p => !p.Partner) == 1
            && f.Parties.Any(p => p.Partner && PartySimilarity.Same(p, part.Parties[0])));
        if (umbrella is null)
        {
            return;
        }
        part.Parties.Insert(0, umbrella.Parties.First(p => !p.Partner));
        if (part.Date is null && umbrella.Date is not null)
        {
            part.Date = umbrella.Date;
            part.DateSentence = umbrella.DateSentence;
        }
    }

    /// <summary>A side shortened in one agreement ("Viện KSQS khu vực 52") is shown as the fullest mention any agreement has.</summary>
    private static void UseFullestNames(List<Frame> frames)
    {
        var all = frames.SelectMany(f => f.Parties).ToList();
        foreach (var f in frames)
        {
            for (var i = 0; i < f.Parties.Count; i++)
            {
                var best = f.Parties[i];
                foreach (var p in all.Where(p => !p.InTitle && PartySimilarity.SameBody(p, f.Parties[i])))
                {
                    if (PartySimilarity.CoreWordCount(p.Name) > PartySimilarity.CoreWordCount(best.Name))
                    {
                        best = p with { Partner = f.Parties[i].Partner };
                    }
                }
                f.Parties[i] = best;
            }
        }
    }

    /// <summary>
    /// "Lễ ký kết … giữa A, B và C", then "ký kết … giữa A và B", "… giữa A và C": a sentence naming three or more
    /// sides sums up agreements that later sentences tell pair by pair, each with sides of its own.
    /// </summary>
    private static bool ToldPerPair(Candidate c, IReadOnlyList<Candidate> all)
    {
        if (c.IsTitle || c.Parties.Count < 3)
        {
            return false;
        }
        var pairs = all.Where(o => o != c && !o.IsTitle && o.SentenceIndex > c.SentenceIndex && o.Parties.Count >= 2 && o.Parties.Count < c.Parties.Count
                && o.Parties.All(p => c.Parties.Any(q => PartySimilarity.Same(p, q))))
            .ToList();
        return pairs.Count >= 2 && pairs.Any(a => pairs.Any(b => !b.Parties.All(p => a.Parties.Any(q => PartySimilarity.Same(p, q)))));
    }

    /// <summary>"X cùng lúc ký văn bản phối hợp với A và B", then "X và A ký …", "X cùng B ký …": the sentence sums up agreements told one by one.</summary>
    private static bool ToldPerPartner(Candidate c, IReadOnlyList<Candidate> all)
    {
        if (c.IsTitle)
        {
            return false;
        }
        var subjects = c.Parties.Where(p => !p.Partner).ToList();
        var partners = c.Parties.Where(p => p.Partner).ToList();
        // A later sentence names one partner alone ("Với A, hai bên ký …") or with the signer ("X và A ký …").
        return subjects.Count == 1 && partners.Count >= 2 && all.Any(o => o != c && !o.IsTitle && o.SentenceIndex > c.SentenceIndex
            && o.Parties.Count(p => partners.Any(q => PartySimilarity.Same(p, q))) == 1
            && o.Parties.All(p => PartySimilarity.Same(p, subjects[0]) || partners.Any(q => PartySimilarity.Same(p, q))));
    }

    /// <summary>The headline completes the agreement it names (or the only one); it opens none once the text has.</summary>
    private static void AbsorbTitle(List<Frame> frames, Candidate title)
    {
        var live = frames.Where(f => !f.Umbrella && !f.Sibling).ToList();
        var target = title.Parties.Count == 0
            ? (live.FirstOrDefault() ?? frames[0])
            : frames.FirstOrDefault(f => !f.Sibling && Compatible(f.Parties, title.Parties)) ?? (live.Count == 1 ? live[0] : null);
        if (target is null)
        {
            return;
        }
        target.Absorb(title, target.Parties.Count < 2 || Compatible(target.Parties, title.Parties));
    }

    private static List<Frame> DropUmbrellas(List<Frame> frames)
    {
        var parts = frames.Where(f => !f.Umbrella && f.Parties.Count > 0).ToList();
        var result = new List<Frame>();
        foreach (var f in frames)
        {
            if (!f.Umbrella)
            {
                result.Add(f);
                continue;
            }
            if (parts.Count >= 2)
            {
                // The summing-up sentence often names a side in full that its parts shorten ("Mặt trận huyện"),
                // and the signer that a part leaves to "hai bên" ("Với A, hai bên ký …").
                var signers = f.Parties.Where(p => !p.Partner).ToList();
                foreach (var part in parts)
                {
                    if (signers.Count == 1 && part.Parties.Count == 1 && f.Parties.Any(p => p.Partner && PartySimilarity.Same(p, part.Parties[0])))
                    {
                        part.Parties.Insert(0, signers[0]);
                    }
                    foreach (var p in f.Parties.Where(p => part.Parties.Any(q => PartySimilarity.Same(p, q))))
                    {
                        part.AddParty(p);
                    }
                }
                continue;
            }
            if (parts.Count == 1 && Compatible(f.Parties, parts[0].Parties))
            {
                // One agreement told twice: keep the detailed one, with every side named.
                foreach (var p in f.Parties)
                {
                    parts[0].AddParty(p);
                }
                parts[0].Date ??= f.Date;
                parts[0].DateSentence ??= f.DateSentence;
                continue;
            }
            result.Add(f);
        }
        return result;
    }

    /// <summary>
    /// "ký kết các quy chế phối hợp" then "X ký kết quy chế phối hợp với Y và Z": several documents,
    /// one between X and each partner.
    /// </summary>
    private static IEnumerable<Frame> SplitByPartner(Frame f)
    {
        var subjects = f.Parties.Where(p => !p.Partner).ToList();
        var partners = f.Parties.Where(p => p.Partner).ToList();
        if (subjects.Count != 1 || partners.Count < 2)
        {
            yield return f;
            yield break;
        }
        foreach (var partner in partners)
        {
            yield return f.PairPart(subjects[0], partner);
        }
    }

    private static bool Compatible(List<PartyMention> a, List<PartyMention> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }
        var matchedB = b.Count(pb => a.Any(pa => PartySimilarity.Same(pa, pb)));
        var matchedA = a.Count(pa => b.Any(pb => PartySimilarity.Same(pa, pb)));
        return matchedB == b.Count || matchedA == a.Count;
    }
}
