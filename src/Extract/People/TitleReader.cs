using Extraction.Extract.Items;

namespace Extraction.Extract.People;

/// <summary>
/// Reads the title given with a name: after it ("X, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBMTTQ tỉnh";
/// "X - Giám đốc Sở Lao động - Thương binh và Xã hội") or before it ("Phó Chủ tịch UBND tỉnh X").
/// </summary>
internal static class TitleReader
{
    private const int MaxTitle = 250;
    private const int MaxTitleBefore = 120;

    /// <summary>
    /// The title after a name. Commas continue it only into another office ("…, Chủ tịch …"); a hyphen
    /// inside an organisation name ("Lao động - Thương binh") does not end it; a verb, ";", a sentence end
    /// or "và" with the next person does.
    /// </summary>
    public static string? After(string text, int nameEnd, int end)
    {
        var t = nameEnd;
        while (t < end && text[t] is ' ' or '\u00a0')
        {
            t++;
        }
        if (t < end && text[t] is ',' or '-' or '–' or '—' or ':')
        {
            t++;
            while (t < end && text[t] is ' ' or '\u00a0')
            {
                t++;
            }
        }
        if (t >= end || !PersonCues.TitleStart().Match(text, t).Success)
        {
            return null;
        }
        var limit = Math.Min(end, t + MaxTitle);
        var j = t;
        while (j < limit)
        {
            var c = text[j];
            if (c is ';' or '\n' or '(' or ')' or '“' or '”' or '"' || SentenceEnd.Length(text, j, end) > 0)
            {
                break;
            }
            if (c == ',')
            {
                var k = j + 1;
                while (k < end && text[k] == ' ')
                {
                    k++;
                }
                if (k < end && PersonCues.TitleStart().Match(text, k).Success)
                {
                    j = k;
                    continue;
                }
                break;
            }
            if (c == ' ' && (PersonCues.TitleStop().Match(text, j).Success || NextPersonAfterVa(text, j, end)))
            {
                break;
            }
            if (c == ' ' && NameFollows(text, j + 1, end))
            {
                // "Thủ tướng X, Chủ tịch UBND TP Y": the office before Y is Y's own title, not X's.
                return null;
            }
            j++;
        }
        var title = text[t..j].TrimEnd(' ', ',', '-', '–', ':', '.');
        return title.Length > 0 ? title : null;
    }

    /// <summary>The title just before a name (or its honorific), within the same clause and with no verb in it.</summary>
    public static string? Before(string text, int anchor)
    {
        var from = Math.Max(0, anchor - MaxTitleBefore);
        var clauseStart = from;
        for (var j = anchor - 1; j >= from; j--)
        {
            if (text[j] is ',' or ';' or ':' or '\n' or '(' or '“' or '”' or '"' || SentenceEnd.Length(text, j, anchor) > 0)
            {
                clauseStart = j + 1;
                break;
            }
            // "Chủ tịch A X và Chủ tịch B Y": Y's title starts after "và".
            if (j + 4 <= anchor && text[j] == ' ' && text.AsSpan(j + 1).StartsWith("và ", StringComparison.Ordinal))
            {
                clauseStart = j + 4;
                break;
            }
        }
        for (var p = clauseStart; p < anchor; p++)
        {
            if (p > clauseStart && text[p - 1] != ' ')
            {
                continue;
            }
            // A title before a name is written with a capital ("Phó Chủ tịch UBND tỉnh"), unlike "tổng số".
            var m = PersonCues.TitleStart().Match(text, p);
            if (!char.IsUpper(text[p]) || !m.Success || m.Index + m.Length > anchor)
            {
                continue;
            }
            for (var q = p; q < anchor; q++)
            {
                if (text[q] == ' ' && PersonCues.TitleStop().Match(text, q) is { Success: true } stop && stop.Index + stop.Length <= anchor)
                {
                    return null;
                }
            }
            var title = text[p..anchor].Trim().TrimEnd(',', '-', '–');
            return title.Length > 0 ? title : null;
        }
        return null;
    }

    /// <summary>"Chủ tịch UBND TPHCM Lê Thanh Hải": a family name opening 2-4 capitalised syllables is the next person.</summary>
    private static bool NameFollows(string text, int k, int end)
    {
        if (k >= end || !char.IsUpper(text[k]))
        {
            return false;
        }
        var run = NameRun.At(text, k, end);
        if (run.Count is < 2 or > 4 || !Surnames.IsSurname(text[run[0].Start..run[0].End]))
        {
            return false;
        }
        // "Bí thư T.Ư Đoàn Lò Văn Sinh": the name starts at the later family name.
        for (var i = 1; i + 3 <= run.Count; i++)
        {
            if (Surnames.IsSurname(text[run[i].Start..run[i].End]))
            {
                return false;
            }
        }
        return !Surnames.IsPlace(text[run[0].Start..run[^1].End]);
    }

    private static bool NextPersonAfterVa(string text, int space, int end)
    {
        if (space + 4 >= end || !text.AsSpan(space + 1).StartsWith("và ", StringComparison.Ordinal))
        {
            return false;
        }
        var k = space + 4;
        if (PersonCues.HonorificAhead().Match(text, k).Success)
        {
            return true;
        }
        var run = NameRun.At(text, k, end);
        return run.Count >= 2 && Surnames.IsSurname(text[run[0].Start..run[0].End]);
    }
}
