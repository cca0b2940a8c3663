using Extraction.Extract.Lexicons;
using Extraction.Extract.Text;

namespace Extraction.Extract.Detection;

/// <summary>
/// A treaty or deal named in a story about something else (extract-gaps classes 7 and 16, world and business news): the
/// verb describes a country as a signatory ("Iran, nước đã ký Hiệp ước …"), tells a signing once made ("từng ký"), or
/// qualifies what is kept or left ("tuân thủ những gì đã ký", "rút khỏi …"). None of them reports a signing.
/// </summary>
internal static partial class SigningClauseFinder
{
    private static readonly PhraseLexicon<string> SignatoryHeads = SigningCueLexicon.Phrases("signatory-head");

    private static readonly HashSet<string> SignatoryDeterminers = SigningCueLexicon.Words("signatory-determiner");

    private static readonly PhraseLexicon<string> OnceMarkers = SigningCueLexicon.Phrases("once");

    private static readonly PhraseLexicon<string> ComplianceVerbs = SigningCueLexicon.Phrases("compliance");

    /// <summary>
    /// "Iran, nước đã ký Hiệp ước Không phổ biến vũ khí hạt nhân, khẳng định …", "Mỹ là một trong số ít nước đã ký nhưng
    /// chưa phê chuẩn …", "những quốc gia thành viên đã ký Công ước": a bare collective noun right before the verb (aspect
    /// words aside), set off by a comma or after "là"/"những"/"nhiều"/"ít"/"mọi", is described as a signatory; the verb is
    /// a relative clause, not the news. A counted subject ("hai nước đã ký", "các bên đã ký") reports and is left alone.
    /// </summary>
    private static bool IsSignatoryDescription(IReadOnlyList<Token> tokens, int verb, int clauseStart)
    {
        var k = verb;
        while (k > clauseStart && tokens[k - 1].IsWord && tokens[k - 1].Lower is "đã" or "từng" or "đều" or "cũng")
        {
            k--;
        }
        // "nước thành viên", "quốc gia thành viên": heads may stack.
        var start = HeadEndingAt(tokens, k, clauseStart);
        if (start < 0)
        {
            return false;
        }
        while (HeadEndingAt(tokens, start, clauseStart) is var earlier && earlier >= 0)
        {
            start = earlier;
        }
        if (start - 1 < clauseStart)
        {
            return false;
        }
        var before = tokens[start - 1];
        return before.Text == "," || (before.IsWord && SignatoryDeterminers.Contains(before.Lower));
    }

    /// <summary>The start of a signatory head that ends right before <paramref name="end"/>, or -1.</summary>
    private static int HeadEndingAt(IReadOnlyList<Token> tokens, int end, int clauseStart)
    {
        for (var at = Math.Max(clauseStart, end - 2); at < end; at++)
        {
            if (SignatoryHeads.Match(tokens, at) is { } head && at + head.Length == end)
            {
                return at;
            }
        }
        return -1;
    }

    /// <summary>
    /// "Triều Tiên, quốc gia từng ký Hiệp định đình chiến …", "công ty từng ký hợp đồng với …": "từng" right before the verb
    /// tells a signing once made, a past fact the story leans on ("đã từng" is a background marker already).
    /// </summary>
    private static bool IsOnceSigned(IReadOnlyList<Token> tokens, int verb, int clauseStart) => HasBefore(tokens, verb, clauseStart, 1, OnceMarkers);

    /// <summary>
    /// "Liên hợp quốc kêu gọi các bên tuân thủ những gì đã ký kết", "Moskva dọa rút khỏi hiệp ước về vũ khí đã ký với …":
    /// a verb of keeping, honouring or leaving a few words before the signing verb, no comma between, takes what was signed
    /// as its object; the sentence is about the agreement's fate, not its signing ("vi phạm" is a background marker already).
    /// </summary>
    private static bool IsComplianceObject(IReadOnlyList<Token> tokens, int verb, int clauseStart) => HasBefore(tokens, verb, clauseStart, 8, ComplianceVerbs);

    /// <summary>
    /// "Các nước ký kết Nghị định thư Kyoto sẽ thảo luận …", "Các bên ký kết hiệp định đều phải …": "ký kết" right after a
    /// collective with no aspect word between is a noun phrase, the signatories, when a predicate of its own follows in the
    /// clause (an aspect or modal word not joined by "và"). A report says "các bên đã ký kết …" or ends the clause with
    /// what was signed ("Các bên ký kết thỏa thuận ngừng bắn", a headline).
    /// </summary>
    private static bool IsSignatorySubject(IReadOnlyList<Token> tokens, int verb, int verbEnd, int clauseStart)
    {
        if (verbEnd - verb != 2 || HeadEndingAt(tokens, verb, clauseStart) is var start && start < 0)
        {
            return false;
        }
        while (HeadEndingAt(tokens, start, clauseStart) is var earlier && earlier >= 0)
        {
            start = earlier;
        }
        if (start - 1 < clauseStart || tokens[start - 1].Lower is not ("các" or "những" or "mọi"))
        {
            return false;
        }
        for (var k = verbEnd + 1; k < tokens.Count && k < verbEnd + 16 && tokens[k].IsWord; k++)
        {
            if (SubjectPredicates.Contains(tokens[k].Lower) && tokens[k - 1].Lower is not ("và" or "mà" or "đã" or "sẽ"))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> SubjectPredicates = SigningCueLexicon.Words("signatory-predicate");

    private static readonly PhraseLexicon<string> RefusalMarkers = SigningCueLexicon.Phrases("refusal");

    /// <summary>
    /// "Bình Nhưỡng từ chối ký thỏa thuận về giám sát …", "Phe đối lập phản đối việc ký kết hiệp định …": a refusal or an
    /// opposition right before the verb (within the plan markers' four words) means nothing was signed.
    /// </summary>
    private static bool IsRefused(IReadOnlyList<Token> tokens, int verb, int clauseStart) => HasBefore(tokens, verb, clauseStart, 4, RefusalMarkers);
}
