using Extraction.Extract.Confidence;
using Extraction.Extract.Lexicons;
using Extraction.Extract.Model;
using Extraction.Extract.Parties;
using Extraction.Extract.People;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>
/// Persons signing for an organisation (extract-gaps class 17): "Tại buổi làm việc, ông A và Giám đốc Công ty X B cùng ký
/// kế hoạch", where the page says elsewhere who A is ("đồng chí A, Chủ tịch Ủy ban Y"). For an agreement left
/// with one side, each person named before the signing verb of its sentence and reported as signing gives the body
/// that closes their title (the page's fullest title for that name) as a side.
/// </summary>
internal static class PersonSides
{
    public static void Complete(List<Frame> frames, string text, List<Sentence> sentences, ArticlePlace place)
    {
        List<Person>? everyone = null;
        foreach (var f in frames.Where(f => f.Parties.Count == 1 && f.FirstTextCandidate is not null))
        {
            var c = f.FirstTextCandidate!;
            var s = sentences[c.SentenceIndex];
            var tokens = Tokenizer.Tokenize(text, s.Start, s.End);
            if (c.Clause.VerbToken >= tokens.Count)
            {
                continue;
            }
            var verb = tokens[c.Clause.VerbToken].Start;
            var signers = PeopleFinder.Find(text, new TextSpan(s.Start, s.End))
                .Where(p => p.Span.End <= verb && p.Role == "signed" && !Witnessed(text[s.Start..p.Span.Start])).ToList();
            if (signers.Count == 0)
            {
                continue;
            }
            everyone ??= PeopleFinder.Find(text, new TextSpan(0, text.Length)).ToList();
            foreach (var person in signers)
            {
                var title = everyone.FirstOrDefault(e => e.Name == person.Name)?.Title ?? person.Title;
                if (title is not null && Affiliation(text, title, place) is { } side && !f.Parties.Any(p => PartySimilarity.Same(p, side)))
                {
                    f.Parties.Add(side);
                }
            }
        }
    }

    /// <summary>"Trước sự chứng kiến của A, B; C cùng … ký kết": persons listed after a witness cue in the sentence are no signers.</summary>
    private static bool Witnessed(string before) => WitnessCues.In(TextKeys.Lower(before));

    /// <summary>The last body named in <paramref name="title"/> ("Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban Y" → "Ủy ban Y"), its span where the title stands in the text.</summary>
    private static PartyMention? Affiliation(string text, string title, ArticlePlace place)
    {
        var at = text.IndexOf(title, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var tokens = Tokenizer.Tokenize(text, at, at + title.Length);
        var org = PartyFinder.ScanOrganisations(tokens).LastOrDefault(o => !o.IsPlaceOnly);
        if (org is null)
        {
            return null;
        }
        return SideMentions.Of(text, tokens, org, place, Provenance.PartySignerAffiliation);
    }
}
