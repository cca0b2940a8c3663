using Extraction.Extract.Lexicons;
using Extraction.Extract.Parties;
using Extraction.Extract.People;
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
    private static bool IsEarlierContext(IReadOnlyList<Token> tokens, int verb, int clauseStart) =>
        !CeremonyNounBefore(tokens, verb, companion: ("chứng", "kiến")) && StartsWith(tokens, clauseStart, EarlierOpeners);

    /// <summary>Words after the verb that give a document a second side ("với", "giữa", "phối hợp", "liên tịch", …).</summary>
    private static readonly PhraseLexicon<string> SecondSideWords = SigningCueLexicon.Phrases("second-side");

    /// <summary>What one official issues alone when he signs it: a regulation, a plan.</summary>
    private static readonly PhraseLexicon<string> IssuedDocuments = SigningCueLexicon.Phrases("issued-document");

    /// <summary>
    /// "Giám đốc Sở Giao thông Lê Văn An vừa ký kế hoạch bảo đảm …" (extract-gaps class 6/7 in law news): one official,
    /// named after a title and not joined to another signer, signs a regulation or a plan with no second side named
    /// after it ("với", "giữa", "phối hợp", "liên tịch", …): he issues it, no agreement is signed.
    /// </summary>
    private static bool IsIssuedAlone(IReadOnlyList<Token> tokens, int verb, int verbEnd, int clauseStart)
    {
        if (!At(IssuedDocuments, tokens, verbEnd))
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

    private static readonly PhraseLexicon<string> MentionPredicates = SigningCueLexicon.Phrases("mention-predicate");

    /// <summary>
    /// "Hiệp định thương mại giữa hai khối ký kết cuối năm 2003 có hiệu lực từ đầu năm nay", "Thỏa thuận … được hai nước ký
    /// vào năm 2001 và đã có hiệu lực" (extract-gaps class 7): the clause opens with the agreement's name, the verb follows
    /// with no subject of its own, and later in the sentence the agreement takes effect, is ratified or carried out; the
    /// sentence is about the agreement, its signing is only how it is named. A report keeps its marks: "vừa"/"mới"
    /// before the verb, a day right after it (old days are StatedOldDate's), or a term stated ("có hiệu lực trong 5 năm").
    /// </summary>
    private static bool IsAgreementSubjectMention(IReadOnlyList<Token> tokens, int verb, int verbEnd, int clauseStart)
    {
        var at = clauseStart;
        while (at < verb && tokens[at].Kind == TokenKind.Punct)
        {
            at++;
        }
        if (PhraseOpeners.Match(tokens, at) is { } opener)
        {
            at += opener.Length;
        }
        if (at >= verb || verb - at > 18 || !KindStarts(tokens, at))
        {
            return false;
        }
        for (var k = at; k < verb; k++)
        {
            if (tokens[k].Text is "," || (k >= verb - 3 && tokens[k].Lower is "vừa" or "mới"))
            {
                return false;
            }
        }
        for (var k = verbEnd; k < tokens.Count && k < verbEnd + 4; k++)
        {
            // "ký sáng 5/6", "ký ngày 31/5"; "vào tháng 7-2000" names a month, not a day.
            if (tokens[k].Lower is "ngày" or "hôm" || (tokens[k].Kind == TokenKind.Number && tokens[k].Text.AsSpan().IndexOfAny('/', '-') >= 0
                && WordBefore(tokens, k, 1) != "tháng"))
            {
                return false;
            }
        }
        for (var k = verbEnd; k < tokens.Count; k++)
        {
            if (MentionPredicates.Match(tokens, k) is { } predicate)
            {
                var next = k + predicate.Length;
                return !(next < tokens.Count && (tokens[next].Lower is "trong" or "ngay" || tokens[next].Kind == TokenKind.Number));
            }
        }
        return false;
    }

    private static readonly PhraseLexicon<string> UrgeMarkers = SigningCueLexicon.Phrases("urge");

    /// <summary>
    /// "Thành phố chỉ đạo khẩn trương hoàn tất việc ký kết thỏa thuận với nhà đầu tư": an urging word a few words before
    /// the verb (past the plan markers' four) makes the signing a directive still to be carried out.
    /// </summary>
    private static bool IsUrged(IReadOnlyList<Token> tokens, int verb, int clauseStart) => HasBefore(tokens, verb, clauseStart, 8, UrgeMarkers);

    private static readonly PhraseLexicon<string> CarryOutVerbs = SigningCueLexicon.Phrases("carry-out");

    /// <summary>
    /// "… bàn về tiến độ triển khai các dự án đầu tư được ký kết trong chuyến thăm", "nhằm thực hiện các chương trình đã
    /// được ký": the passive verb qualifies the object of carrying out or implementing (extract-gaps class 16), a few
    /// words before it with no punctuation between; the sentence is about carrying out what was signed. A subject
    /// before the verb ("Thực hiện chủ trương, hai sở đã ký …") has a comma or no "được" and is left alone.
    /// </summary>
    private static bool IsCarriedOutObject(IReadOnlyList<Token> tokens, int verb, int clauseStart)
    {
        if (WordBefore(tokens, verb, 1) != "được")
        {
            return false;
        }
        for (var k = verb - 2; k >= Math.Max(clauseStart, verb - 10); k--)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }
            if (CarryOutVerbs.Match(tokens, k) is { } carry && k + carry.Length < verb - 1)
            {
                return true;
            }
        }
        return false;
    }
}
