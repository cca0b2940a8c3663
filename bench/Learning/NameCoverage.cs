using System.Text.Json;
using Extraction.Cli;
using Extraction.Extract.Parties;
using Extraction.Extract.Text;

namespace Extraction.Learning;

/// <summary>
/// How the name grammar reads each gold side where the page writes it, printed as counts only (no text, no name, no
/// page), so it can run over pages nobody may read: the organisation read over the mention is exact, shorter (and what
/// stands at the cut), longer (and what it runs into), or absent. Usage:
///   dotnet run -c Release --project bench/Learning -- name-coverage GOLD_DIR
/// </summary>
internal static class NameCoverage
{
    public static void Run(string goldDir)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        void Count(string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
        var pipeline = new ArticlePipeline();
        foreach (var processed in pipeline.Extract(Directory.GetFiles(goldDir, "*.txt").Order(StringComparer.Ordinal)))
        {
            if (processed.Result is null)
            {
                continue;
            }
            var stem = Path.GetFileNameWithoutExtension(processed.Source);
            using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(goldDir, stem + ".gold.json")));
            var text = processed.Result.Article.Text ?? string.Empty;
            var sentences = SentenceSplitter.Split(text);
            foreach (var party in gold.RootElement.GetProperty("agreements").EnumerateArray().SelectMany(a => a.GetProperty("parties").EnumerateArray()))
            {
                var name = party.GetProperty("name").GetString() ?? string.Empty;
                // The mention in a sentence the extractor reads as a signing, else the first.
                var all = new List<int>();
                for (var k = name.Length == 0 ? -1 : text.IndexOf(name, StringComparison.Ordinal); k >= 0; k = text.IndexOf(name, k + 1, StringComparison.Ordinal))
                {
                    all.Add(k);
                }
                var at = all.FirstOrDefault(k => processed.Result.Agreements.Any(a => a.Evidence.Start <= k && k < a.Evidence.End), all.Count > 0 ? all[0] : -1);
                if (at < 0)
                {
                    Count("gold side not verbatim in the text");
                    continue;
                }
                var s = sentences.FirstOrDefault(x => x.Start <= at && at < x.End);
                if (s is null)
                {
                    Count("gold side outside any sentence");
                    continue;
                }
                var tokens = Tokenizer.Tokenize(text, s.Start, s.End);
                var end = at + name.Length;
                var orgs = PartyFinder.ScanOrganisations(tokens).Where(o => tokens[o.Start].Start < end && tokens[o.End - 1].End > at).ToList();
                if (orgs.Count == 0)
                {
                    var first = tokens.FirstOrDefault(t => t.Start >= at);
                    var fi = first is null ? 0 : tokens.IndexOf(first);
                    var own = tokens.Where(t => t.Start >= at && t.End <= end).ToList();
                    Count("no organisation read over it; first word " + (first is null ? "none" : first.IsUpperInitial ? "upper" : "lower")
                        + (OrgNameGrammar.HeadEnd(tokens, fi, out _) > 0 ? ", a head" : ", no head"));
                    Count("  no organisation: after " + (fi == 0 ? "sentence start" : Kind(tokens[fi - 1])) + ", before "
                        + Kind(tokens.FirstOrDefault(t => t.Start >= end)));
                    Count("  no organisation: " + own.Count(t => t.IsWord) + " words, " + own.Count(t => t.IsAbbreviation) + " abbreviations, "
                        + own.Count(t => t.IsWord && t.Text.All(char.IsAscii)) + " ascii, " + own.Count(t => t.IsWord && !t.IsUpperInitial) + " lower");
                    continue;
                }
                if (orgs.Count > 1)
                {
                    Count("read as " + (orgs.Count > 3 ? "4+" : orgs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)) + " organisations (split)");
                }
                var o = orgs[0];
                var os = tokens[o.Start].Start;
                var oe = tokens[orgs[^1].End - 1].End;
                var startKey = os == at ? "same start" : os < at ? "starts earlier" : "starts later";
                if (os < at)
                {
                    var extra = tokens.Where(t => t.Start >= os && t.End <= at).ToList();
                    var ownHead = OrgNameGrammar.HeadEnd(tokens, o.Start, out var cls);
                    var goldFirst = tokens.FindIndex(t => t.Start >= at);
                    Count("  starts earlier by " + extra.Count(t => t.IsWord) + " words; the read name opens with "
                        + (ownHead > 0 ? cls + " head" : "no head") + "; the gold side opens with "
                        + (goldFirst >= 0 && OrgNameGrammar.HeadEnd(tokens, goldFirst, out var gcls) > 0 ? gcls + " head" : "no head")
                        + (extra.Count > 0 && extra[^1].IsWord ? "" : ", mark between"));
                }
                string endKey;
                if (oe == end)
                {
                    endKey = "same end";
                }
                else if (oe < end)
                {
                    var next = tokens.FirstOrDefault(t => t.Start >= oe);
                    endKey = "ends short, next " + Kind(next);
                }
                else
                {
                    var next = tokens.FirstOrDefault(t => t.Start >= end);
                    endKey = "runs on, into " + Kind(next);
                    if (next is not null && next.Text is "-" or "–" && tokens.IndexOf(next) + 1 < tokens.Count)
                    {
                        var k = tokens.IndexOf(next) + 1;
                        var headAfter = OrgNameGrammar.HeadEnd(tokens, k, out _);
                        var own = OrgNameGrammar.HeadEnd(tokens, o.Start, out _);
                        var same = headAfter > 0 && own > 0 && headAfter - k == own - o.Start
                            && Enumerable.Range(0, own - o.Start).All(j => tokens[k + j].Key == tokens[o.Start + j].Key);
                        Count("  runs on across a dash: after it " + (same ? "the same head" : headAfter > 0 ? "another head" : tokens[k].IsUpperInitial ? "an upper-case non-head" : "a lower-case word")
                            + (next.Start > 0 && text[next.Start - 1] == ' ' ? ", spaced" : ", glued"));
                    }
                }
                Count((o.IsPlaceOnly ? "place: " : "organisation: ") + startKey + ", " + endKey);
                if (startKey == "same start" && endKey == "same end")
                {
                    Chosen(processed.Result, tokens, o, at, end, s, Count);
                }
            }
        }
        foreach (var (key, n) in counts)
        {
            Console.WriteLine($"{n,5}  {key}");
        }
    }

    /// <summary>For a side the grammar reads exactly: was it made a side, and if not, where it stands.</summary>
    private static void Chosen(Extraction.Extract.Model.ExtractedArticle result, List<Token> tokens, Extraction.Extract.Parties.OrgMatch o,
        int at, int end, Sentence s, Action<string> count)
    {
        var predicted = result.Agreements.SelectMany(a => a.Parties).Where(p => !p.InTitle).ToList();
        if (predicted.Any(p => p.Span.Start < end && p.Span.End > at))
        {
            count("read exactly: a predicted side here");
            return;
        }
        var evidence = result.Agreements.Any(a => a.Evidence.Start < s.End && a.Evidence.End > s.Start);
        var verb = tokens.FindIndex(t => t.IsWord && t.Lower is "ký" or "kí");
        var position = verb < 0 ? "no ký in its sentence" : o.Start > verb ? "after ký" : "before ký";
        var before = o.Start == 0 ? "sentence start" : Kind(tokens[o.Start - 1]);
        if (o.Start > 0 && tokens[o.Start - 1].IsWord && tokens[o.Start - 1].Lower is "giữa")
        {
            before = "'giữa'";
        }
        count("read exactly, not a side: " + (!result.IsAgreement ? "page not detected" : evidence ? "in an agreement's evidence sentence" : "outside evidence")
            + ", " + position + ", after " + before);
        if (o.Start > 0 && tokens[o.Start - 1].IsWord && !tokens[o.Start - 1].IsUpperInitial)
        {
            var w1 = tokens[o.Start - 1].Lower;
            var w2 = o.Start > 1 && tokens[o.Start - 2].IsWord ? tokens[o.Start - 2].Lower + " " + w1 : w1;
            string[] cues = ["đại diện", "lãnh đạo", "phối hợp", "hợp tác", "tổ chức", "làm việc", "đoàn", "do", "của", "cho", "tại", "thăm", "cùng", "về", "phía", "tiếp", "gặp", "và", "với", "giữa", "thuộc", "giữa"];
            count("  not a side, word before: " + (cues.FirstOrDefault(c => c == w2 || c == w1) ?? "other"));
            count("  not a side, verb in sentence: " + string.Join("/", new[] { "phối hợp", "tổ chức", "hợp tác", "làm việc", "trao", "thăm", "dự", "chứng kiến", "ký" }
                .Where(v => Enumerable.Range(0, tokens.Count).Any(k => string.Join(" ", tokens.Skip(k).Take(v.Count(ch => ch == ' ') + 1).Select(t => t.Lower)) == v)).DefaultIfEmpty("none")));
            count("  not a side, sentence offset from nearest evidence: " + Offset(result, s));
        }
        var sides = result.Agreements.Where(a => a.Evidence.Start < s.End && a.Evidence.End > s.Start).Select(a => a.Parties.Count).DefaultIfEmpty(-1).Max();
        count("read exactly, not a side: the agreement there has " + (sides < 0 ? "none" : sides.ToString(System.Globalization.CultureInfo.InvariantCulture)) + " sides");
    }

    private static string Offset(Extraction.Extract.Model.ExtractedArticle result, Sentence s)
    {
        var d = result.Agreements.Select(a => a.Evidence.Start >= s.End ? -1 : a.Evidence.End <= s.Start ? 1 : 0).ToList();
        return d.Count == 0 ? "none" : d.Contains(0) ? "same" : d.Contains(-1) && d.Contains(1) ? "between" : d.Contains(-1) ? "before the evidence" : "after the evidence";
    }

    private static string Kind(Token? t) => t is null ? "end of sentence"
        : !t.IsWord ? (t.Text is "," or ";" or ":" or "(" or ")" or "-" or "–" ? "'" + t.Text + "'" : "other mark")
        : t.Lower is "và" or "với" or "của" or "tại" or "cùng" ? "'" + t.Lower + "'"
        : t.IsUpperInitial ? "an upper-case word" : "a lower-case word";
}
