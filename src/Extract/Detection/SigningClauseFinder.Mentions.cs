using Extraction.Extract.Lexicons;
using Extraction.Extract.Parties;
using Extraction.Extract.Text;

namespace Extraction.Extract.Detection;

/// <summary>
/// Mentions of a signing that are not the page's news (extract-gaps classes 7 and 16): the verb named as the topic of
/// a law or a procedure ("Luật ký kết, gia nhập …", "thủ tục ký kết"), a signing told after "Trước đó", a name syllable
/// ("ông Trần Văn Ký"), an agreement word that belongs to another clause of the sentence than the verb, and a regulation
/// one official issues alone.
/// </summary>
internal static partial class SigningClauseFinder
{
    private static readonly PhraseLexicon<string> TopicHeads = SigningCueLexicon.Phrases("topic-head");

    private static readonly PhraseLexicon<string> TopicPartners = SigningCueLexicon.Phrases("topic-partner");

    /// <summary>Lower-case words after a capitalised "Ký" that make it a headline's verb, not a name's last syllable.</summary>
    private static readonly HashSet<string> VerbObjectStarts = SigningCueLexicon.Words("verb-object-start");

    /// <summary>
    /// "Đại úy Nguyễn Văn Ký cho biết", "trường Trần Văn Ký": a capitalised "Ký" after two title-case words inside a
    /// sentence ends a person's name. A headline run into the lead keeps its verb: "… (Ảnh: TTX) Ký Hiệp định …" (capitals
    /// or a document after it), "… Bình Minh Ký thỏa thuận …" (an agreement word after it).
    /// </summary>
    private static bool IsNameSyllable(IReadOnlyList<Token> tokens, int verb, int verbEnd)
    {
        if (verbEnd - verb != 1 || verb < 2 || !TitleCase(tokens[verb]) || !TitleCase(tokens[verb - 1]) || !TitleCase(tokens[verb - 2]))
        {
            return false;
        }
        if (verbEnd >= tokens.Count || !tokens[verbEnd].IsWord)
        {
            return true;
        }
        return !tokens[verbEnd].IsUpperInitial && !VerbObjectStarts.Contains(tokens[verbEnd].Lower)
            && !At(AgreementPhrases, tokens, verbEnd) && !KindStarts(tokens, verbEnd);
    }

    private static bool TitleCase(Token t) => t.IsUpperInitial && t.Text.Length > 1 && t.Text.Skip(1).All(c => !char.IsUpper(c) && !char.IsDigit(c));

    /// <summary>
    /// "Luật ký kết, gia nhập …", "thủ tục ký kết hợp đồng", "kinh nghiệm đàm phán, ký kết thỏa thuận với đối tác"
    /// (extract-gaps class 16): the verb names an activity, the topic of a law, a procedure or a list of dealings,
    /// right after the noun that holds it or coordinated with ratifying, acceding or negotiating; nobody signs anything.
    /// </summary>
    private static bool IsSigningTopic(IReadOnlyList<Token> tokens, int verb, int verbEnd, int clauseStart)
    {
        for (var k = Math.Max(clauseStart, verb - 2); k < verb; k++)
        {
            // A capitalised head may end a body's name ("Trường Đại học Luật ký kết …"): a law's title is told by the list
            // of dealings after the verb ("Luật ký kết, gia nhập …", "Pháp lệnh ký kết và thực hiện …").
            if (TopicHeads.Match(tokens, k) is { } head && k + head.Length == verb
                && (!tokens[k].IsUpperInitial || ListedAfter(tokens, verbEnd, withCarryingOut: true)))
            {
                return true;
            }
        }
        // "đàm phán, ký kết", "phê chuẩn hoặc ký": a list of dealings before the verb.
        if (verb - 1 > clauseStart && tokens[verb - 1].Lower is "," or "hoặc")
        {
            for (var k = Math.Max(clauseStart, verb - 3); k < verb - 1; k++)
            {
                if (TopicPartners.Match(tokens, k) is { } partner && k + partner.Length == verb - 1)
                {
                    return true;
                }
            }
        }
        // "ký kết, gia nhập và thực hiện", "ký và phê chuẩn": the same list after it.
        return ListedAfter(tokens, verbEnd, withCarryingOut: false);
    }

    /// <summary>A dealing listed right after the verb (", gia nhập", "và phê chuẩn"; after a law's title also "và thực hiện").</summary>
    private static bool ListedAfter(IReadOnlyList<Token> tokens, int verbEnd, bool withCarryingOut) =>
        verbEnd + 1 < tokens.Count && tokens[verbEnd].Lower is "," or "và" or "hoặc"
        && (At(TopicPartners, tokens, verbEnd + 1)
            || (withCarryingOut && tokens[verbEnd + 1].Lower == "thực" && verbEnd + 2 < tokens.Count && tokens[verbEnd + 2].Lower == "hiện"));

    /// <summary>
    /// Where the clause of the verb starts for finding what it signs: after the last ";" or ":" before it, except a ":" before
    /// a number, which labels a part of a name ("dự án … giai đoạn 3: 2007-2010") rather than opening a new clause.
    /// </summary>
    private static int AgreementClauseStart(IReadOnlyList<Token> tokens, int verb)
    {
        for (var k = verb - 1; k >= 0; k--)
        {
            if (tokens[k].Kind == TokenKind.Punct && (tokens[k].Text == ";"
                || (tokens[k].Text == ":" && !(k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Number))))
            {
                return k + 1;
            }
        }
        return 0;
    }

    private static readonly PhraseLexicon<string> EarlierOpeners = SigningCueLexicon.Phrases("earlier-opener");

    /// <summary>
    /// "Trước đó, ngày 2/5, Sở A đã ký thỏa thuận với công ty B.", "Trước đó, hai nước đã ký hiệp định tránh đánh thuế hai
    /// lần" (extract-gaps class 7): a clause opened by "Trước đó" tells what came before the page's news. A ceremony told
    /// so ("Trước đó, Thủ tướng đã chứng kiến lễ ký …") is an earlier event of the same visit and still reports.
    /// </summary>
    private static bool IsEarlierContext(IReadOnlyList<Token> tokens, int verb, int clauseStart)
    {
        var before = WordBefore(tokens, verb, 1);
        return before is not ("lễ" or "buổi") && !(before == "kiến" && WordBefore(tokens, verb, 2) == "chứng")
            && StartsWith(tokens, clauseStart, EarlierOpeners);
    }

    /// <summary>Words after the verb that give a document a second side ("với", "giữa", "phối hợp", "liên tịch", …).</summary>
    private static readonly PhraseLexicon<string> SecondSideWords = SigningCueLexicon.Phrases("second-side");

    /// <summary>
    /// "Giám đốc Sở Giao thông Lê Văn An vừa ký kế hoạch bảo đảm …" (extract-gaps class 6/7 in law news): one official,
    /// named after a title and not joined to another signer, signs a regulation or a plan with no second side named
    /// after it ("với", "giữa", "phối hợp", "liên tịch", …): he issues it, no agreement is signed.
    /// </summary>
    private static bool IsIssuedAlone(IReadOnlyList<Token> tokens, int verb, int verbEnd, int clauseStart)
    {
        if (verbEnd + 1 >= tokens.Count || !((tokens[verbEnd].Lower == "quy" && tokens[verbEnd + 1].Lower == "chế")
            || (tokens[verbEnd].Lower == "kế" && tokens[verbEnd + 1].Lower == "hoạch")))
        {
            return false;
        }
        var nameEnd = verb;
        while (nameEnd > clauseStart && tokens[nameEnd - 1].Lower is "đã" or "vừa" or "mới")
        {
            nameEnd--;
        }
        var nameStart = nameEnd;
        while (nameStart > clauseStart && nameEnd - nameStart < 4 && TitleCase(tokens[nameStart - 1]))
        {
            nameStart--;
        }
        if (nameEnd - nameStart < 2)
        {
            return false;
        }
        // The nearest title before the name, within the affiliation's length, heads the only signer.
        var title = -1;
        for (var k = nameStart; k >= Math.Max(clauseStart + 1, nameStart - 12) && title < 0; k--)
        {
            if (PersonTitles.EndsAt(tokens, k) is var at && at >= clauseStart)
            {
                title = at;
            }
        }
        if (title < 0 || (title > clauseStart && tokens[title - 1].Lower is "và" or "cùng" or "," or "với"))
        {
            return false;
        }
        for (var k = verbEnd; k < tokens.Count && k < verbEnd + 20 && tokens[k].Text is not (";" or "."); k++)
        {
            if (At(SecondSideWords, tokens, k))
            {
                return false;
            }
        }
        return true;
    }
}
