using Extraction.Extract.Frames;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Parties;

/// <summary>
/// A side named short in the signing sentence ("Sở Y tế và Công ty Sao Mai ký …") and in full elsewhere on the page
/// ("Sở Y tế tỉnh Bình Minh", extract-gaps §4: a longer mention confirms the span). The name stays as written where
/// it signs; its canonical form takes the longer mention's words. Several longer forms that disagree (two places)
/// leave it alone.
/// </summary>
internal static class LongerMention
{
    // A longer mention adds a place or a few name words, not a different body.
    private const int MaxGrowth = 6;

    public static void Complete(string text, IReadOnlyList<Sentence> sentences, List<Candidate> candidates, ArticlePlace place)
    {
        List<(List<Token> Tokens, OrgMatch Org)>? page = null;
        // The page is searched once per name, however many sides carry it (a crafted list of one body repeated costs once).
        var longerByName = new Dictionary<string, List<(List<Token> Tokens, OrgMatch Org)>>(StringComparer.Ordinal);
        foreach (var c in candidates.Where(c => !c.IsTitle))
        {
            for (var i = 0; i < c.Parties.Count; i++)
            {
                var p = c.Parties[i];
                if (p.InTitle || p.End <= p.Start || p.End > text.Length)
                {
                    continue;
                }
                var own = Tokenizer.Tokenize(text, p.Start, p.End);
                if (own.Count == 1 && own[0].IsAbbreviation && RuleSwitch.On("AbbreviationDefined") && OrgNameGrammar.HeadEnd(own, 0, out _) < 0)
                {
                    page ??= Scan(text, sentences);
                    if (Defined(page, own[0].Text, place) is { } full)
                    {
                        c.Parties[i] = p with { Canonical = full };
                    }
                    continue;
                }
                if (own.Count == 0 || OrgNameGrammar.HeadEnd(own, 0, out _) < 0)
                {
                    continue;
                }
                var name = string.Join(' ', own.Select(t => t.Key));
                if (!longerByName.TryGetValue(name, out var longer))
                {
                    page ??= Scan(text, sentences);
                    longerByName[name] = longer = Longer(page, own);
                }
                (List<Token> Tokens, OrgMatch Org)? best = null;
                var disagree = false;
                foreach (var (tokens, org) in longer)
                {
                    var length = org.End - org.Start;
                    // "Bộ Công an" and "Bộ Công an Lào": the longer mention names the counterpart abroad (CounterpartSide).
                    if (tokens[org.Start].Start == p.Start
                        || PartySimilarity.Counterparts(p.Name, text[tokens[org.Start].Start..tokens[org.End - 1].End]))
                    {
                        continue;
                    }
                    if (best is { } b)
                    {
                        var (x, y) = (Extension(b.Tokens, b.Org, own.Count), Extension(tokens, org, own.Count));
                        disagree |= !x.StartsWith(y, StringComparison.Ordinal) && !y.StartsWith(x, StringComparison.Ordinal);
                    }
                    if (best is null || length > best.Value.Org.End - best.Value.Org.Start)
                    {
                        best = (tokens, org);
                    }
                }
                if (best is { } found && !disagree)
                {
                    var canonical = PartyCanonicalizer.Canonicalize(found.Tokens, found.Org, place);
                    if (Words(canonical) > Words(p.Canonical))
                    {
                        c.Parties[i] = p with { Canonical = canonical };
                    }
                }
            }
        }
    }

    /// <summary>
    /// "Liên minh Sao Mai (LMSM)" elsewhere on the page defines a side named by its bare abbreviation "LMSM": its
    /// canonical form is the defined name (extract-gaps §4: parentheses that repeat an abbreviation); null when the
    /// page defines it not once or in two ways.
    /// </summary>
    private static string? Defined(List<(List<Token> Tokens, OrgMatch Org)> page, string abbreviation, ArticlePlace place)
    {
        string? found = null;
        foreach (var (tokens, org) in page)
        {
            if (org.End - org.Start >= 4 && tokens[org.End - 1].Text == ")" && tokens[org.End - 2].Text == abbreviation && tokens[org.End - 3].Text == "(")
            {
                var canonical = PartyCanonicalizer.Canonicalize(tokens, org, place);
                if (found is not null && found != canonical)
                {
                    return null;
                }
                found = canonical;
            }
        }
        return found;
    }

    /// <summary>The mentions on the page that start with <paramref name="own"/>'s words and go on by at most <see cref="MaxGrowth"/>.</summary>
    private static List<(List<Token> Tokens, OrgMatch Org)> Longer(List<(List<Token> Tokens, OrgMatch Org)> page, List<Token> own) =>
        page.Where(m => m.Org.End - m.Org.Start is var length && length > own.Count && length <= own.Count + MaxGrowth
            && Enumerable.Range(0, own.Count).All(k => m.Tokens[m.Org.Start + k].Key == own[k].Key)).ToList();

    private static string Extension(List<Token> tokens, OrgMatch org, int from) =>
        TokenSpans.Keys(tokens, org.Start + from, org.End);

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static List<(List<Token>, OrgMatch)> Scan(string text, IReadOnlyList<Sentence> sentences)
    {
        var found = new List<(List<Token>, OrgMatch)>();
        foreach (var s in sentences)
        {
            var tokens = Tokenizer.Tokenize(text, s.Start, s.End);
            foreach (var org in PartyFinder.ScanOrganisations(tokens).Where(o => !o.IsPlaceOnly))
            {
                found.Add((tokens, org));
            }
        }
        return found;
    }
}
