using Extraction.Extract.Detection;
using Extraction.Extract.Lexicons;
using Extraction.Extract.Text;

namespace Extraction.Extract.Kinds;

/// <summary>
/// The document type signed: the first kind after the verb ("ký kết Quy chế phối hợp …"), a second
/// one joined by "và" ("Quy chế … và Chương trình phối hợp …" = two agreements), not the kinds the
/// subject cites ("Kế hoạch phối hợp để thực hiện Chương trình phối hợp số 7").
/// </summary>
internal static class KindFinder
{
    private static readonly HashSet<string> CitingWords = WordSetLexicon.Group("citing-word");

    public static List<KindMention> Find(IReadOnlyList<Token> tokens, SigningClause clause)
    {
        var list = new List<KindMention>();
        var first = FindFrom(tokens, clause.VerbEndToken, Math.Min(tokens.Count, clause.VerbEndToken + 6));
        // "ký với Công ty B 2 bản hợp đồng …": the partner named first, the document after it.
        if (first is null && RuleSwitch.On("KindAfterPartner") && clause.VerbEndToken < tokens.Count && tokens[clause.VerbEndToken].Lower == "với")
        {
            first = FindFrom(tokens, clause.VerbEndToken, PartnerPhraseEnd(tokens, clause.VerbEndToken));
        }
        if (first is null)
        {
            // "Chương trình phối hợp … được ký kết", "lễ ký kết" with the kind before it.
            first = FindFrom(tokens, 0, clause.VerbToken);
            if (first is not null)
            {
                list.Add(first);
            }
            return list;
        }
        list.Add(first);
        for (var k = first.End; k < tokens.Count; k++)
        {
            if (tokens[k].Text is "." or ";" or ":")
            {
                break;
            }
            if (tokens[k].Lower != "và" || k + 1 >= tokens.Count)
            {
                continue;
            }
            var second = Match(tokens, k + 1);
            if (second is not null && second.Kind != first.Kind)
            {
                list.Add(second);
                break;
            }
        }
        return list;
    }

    /// <summary>Where the words after "với" stop being the partner and the object: punctuation, or a word opening the purpose.</summary>
    private static int PartnerPhraseEnd(IReadOnlyList<Token> tokens, int with)
    {
        const int MaxWords = 16;
        var k = with + 1;
        while (k < tokens.Count && k < with + MaxWords && tokens[k].Text is not ("." or ";" or "," or ":") && !WordSetLexicon.PartnerEnd.Has(tokens[k]))
        {
            k++;
        }
        return k;
    }

    /// <summary>The kind named last in [<paramref name="from"/>, <paramref name="to"/>): the document a "giữa" group belongs to.</summary>
    public static KindMention? LastIn(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = to - 1; k >= from; k--)
        {
            if (k > from && tokens[k - 1].IsWord && CitingWords.Contains(tokens[k - 1].Lower))
            {
                continue;
            }
            if (Match(tokens, k) is { } m && m.End <= to)
            {
                return m;
            }
        }
        return null;
    }

    /// <summary>The kind that starts at token <paramref name="k"/>, if one does.</summary>
    public static KindMention? At(IReadOnlyList<Token> tokens, int k) => k < tokens.Count ? Match(tokens, k) : null;

    /// <summary>A line that opens with a kind ("Bản ghi nhớ … giữa A và B."), after an optional list mark.</summary>
    public static KindMention? Opening(IReadOnlyList<Token> tokens)
    {
        var k = 0;
        while (k < tokens.Count && k < 3 && !tokens[k].IsWord)
        {
            k++;
        }
        return k < tokens.Count && tokens[k].IsUpperInitial ? Match(tokens, k) : null;
    }

    private static KindMention? FindFrom(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (k > from && tokens[k - 1].IsWord && CitingWords.Contains(tokens[k - 1].Lower))
            {
                continue;
            }
            var m = Match(tokens, k);
            if (m is not null)
            {
                return m;
            }
        }
        return null;
    }

    private static KindMention? Match(IReadOnlyList<Token> tokens, int k)
    {
        if (!tokens[k].IsWord)
        {
            return null;
        }
        var hit = KindLexicon.Default.Match(tokens, k);
        // "ký công hàm với Bộ Kế hoạch và Đầu tư": a body's field is no kind (`KindInName`).
        if (hit is null || BodyField.At(tokens, k))
        {
            return null;
        }
        var plural = k > 0 && tokens[k - 1].Lower is "các" or "những" or "hai" or "2" or "ba" or "3";
        return new KindMention(hit.Value.Canonical, k, k + hit.Value.Length, plural);
    }
}
