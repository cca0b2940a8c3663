using Extraction.Extract.Confidence;
using Extraction.Extract.Lexicons;
using Extraction.Extract.Parties;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>
/// "… ký kết Quy chế phối hợp với các ngân hàng thương mại trên địa bàn huyện", "Bệnh viện A và 12 doanh nghiệp trong Khu
/// công nghiệp B đã ký …" (extract-gaps class 4): a counted or plural partner in lower-case words whose members nobody names
/// is a side as written, on an agreement its signing sentence leaves with one side.
/// </summary>
internal static class CollectiveSides
{
    // Nouns of bodies that open no organisation's name: "các doanh nghiệp", "các đoàn thể".
    private static readonly PhraseLexicon<bool> CollectiveNouns = WordSetLexicon.Phrases("collective-noun");

    // Words after which a place or a capitalised name locates the collective: "trên địa bàn huyện", "trong Khu công nghiệp A".
    private static readonly PhraseLexicon<bool> Locatives = WordSetLexicon.Phrases("collective-locative");

    public static void Complete(List<Frame> frames, string text, List<Sentence> sentences)
    {
        foreach (var f in frames.Where(f => f.Parties.Count == 1 && f.FirstTextCandidate is not null))
        {
            var s = sentences[f.FirstTextCandidate!.SentenceIndex];
            var tokens = Tokenizer.Tokenize(text, s.Start, s.End);
            for (var k = 0; k + 2 < tokens.Count; k++)
            {
                if (tokens[k].IsWord && tokens[k].Lower is "với" or "và" && tokens[k].Start >= f.Parties[0].End && Collective(tokens, k + 1, text) is > 0 and var end)
                {
                    var name = text[tokens[k + 1].Start..tokens[end - 1].End];
                    f.Parties.Add(new PartyMention(name, name, tokens[k + 1].Start, tokens[end - 1].End, Provenance.PartyFullName) { Partner = tokens[k].Lower == "với" });
                    break;
                }
            }
        }
    }

    /// <summary>The end of the collective opening at <paramref name="from"/> ("các"/a count, a body noun, its words), or 0.</summary>
    private static int Collective(IReadOnlyList<Token> tokens, int from, string text)
    {
        if (!NumberWords.IsCountOrPlural(tokens[from]) || from + 1 >= tokens.Count)
        {
            return 0;
        }
        var head = from + 1;
        if (!tokens[head].IsWord || tokens[head].IsUpperInitial)
        {
            return 0;
        }
        var headLength = OrgHeadLexicon.Default.Match(tokens, head)?.Words.Length
            ?? CollectiveNouns.Match(tokens, head)?.Length ?? 0;
        if (headLength == 0)
        {
            return 0;
        }
        var k = head + headLength;
        var located = false;
        while (k < tokens.Count)
        {
            var t = tokens[k];
            if (!located && Locatives.Match(tokens, k) is { } locative)
            {
                k += locative.Length;
                located = true;
                continue;
            }
            if (located && AdminPhraseParser.Parse(tokens, k, allowCapitalKeyword: false) is { } area)
            {
                k = area.End;
                continue;
            }
            // "trong Khu công nghiệp A": a capitalised word and the lower-case syllables that end it.
            if (located && t.IsWord && t.IsUpperInitial)
            {
                k++;
                k += NameTail.Length(tokens, k);
                continue;
            }
            // "các trạm y tế xã, phường": a comma between two unit words; "chính trị – xã hội": a dash inside lower-case words.
            if (t.Text is "," or "–" or "-" && k + 1 < tokens.Count && tokens[k + 1].IsWord && !tokens[k + 1].IsUpperInitial
                && (t.Text != "," || AdminPhraseParser.Parse(tokens, k + 1, allowCapitalKeyword: false) is not null))
            {
                k++;
                continue;
            }
            if (t.IsWord && !t.IsUpperInitial && !NameCueLexicon.Boundary.Contains(t.Lower))
            {
                k++;
                continue;
            }
            break;
        }
        // Only a collective placed by where its members are ("trên địa bàn huyện", "trong Khu công nghiệp A"): "các doanh
        // nghiệp", "các tổ chức thành viên" alone are often the ones the signers will work with, not signers.
        return located && !MembersNamedOnPage(tokens, head, headLength, text) ? k : 0;
    }

    /// <summary>"hai đồn biên phòng …" on a page that names "Đồn Biên phòng A": the members are named, so they are the sides.</summary>
    private static bool MembersNamedOnPage(IReadOnlyList<Token> tokens, int head, int headLength, string text)
    {
        var words = string.Join(' ', Enumerable.Range(head, headLength).Select(i => tokens[i].Text)) + " ";
        for (var at = text.IndexOf(words, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (char.IsUpper(text[at]))
            {
                return true;
            }
        }
        return false;
    }
}
