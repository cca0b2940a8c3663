using Extraction.Extract.Lexicons;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Parties;

/// <summary>
/// One head shared by a list of fields (extract-gaps class 1, the form with fields in place of places): "các bộ Tài chính,
/// Tư pháp và Nội vụ", "hai Bộ Kế hoạch và Đầu tư, Công Thương", "các sở Y tế, Giáo dục và Đào tạo tỉnh X". The plural
/// mark stands before the head, each member is a field ("Văn hóa - Thông tin", "Lao động - Thương binh và Xã hội"), and a
/// place after the last member is every member's. Each member is a side named by its field; its canonical name puts the
/// head before it. A field that holds "và" or a comma itself is read whole from the state-field list.
/// </summary>
internal static class FieldHeadList
{
    private static readonly HashSet<string> Counts = WordSetLexicon.Group("head-list-count");
    private static readonly HashSet<string> Heads = WordSetLexicon.Group("field-head");
    // Entries as token lower-case forms joined by a space, so the text's tone placement ("hoá"/"hóa") does not matter.
    private static readonly HashSet<string> KnownFields = WordSetLexicon.Group("state-field")
        .Select(phrase => string.Join(' ', phrase.Split(' ').Select(word => TextKeys.Lower(word)))).ToHashSet(StringComparer.Ordinal);
    // Lower-case syllables that end a field: what opens a predicate, not the name syllables that also do ("Tài chính").
    private static readonly HashSet<string> Stops = [.. NameCueLexicon.Group("boundary").Except(NameCueLexicon.Group("name-syllable"))];

    // Syllables of the words between the sides and the verb: two of them in a row ("chính thức", "tiến hành") end a field.
    private static readonly HashSet<string> BeforeVerb = NameCueLexicon.Group("before-verb");

    private const int MaxFieldTokens = 12;
    private const int MaxLowerSyllables = 3;

    /// <summary>The fields a head at <paramref name="headStart"/> is shared by, or null.</summary>
    public static SharedHeadList.Distribution? Find(IReadOnlyList<Token> tokens, int headStart)
    {
        if (!RuleSwitch.On("FieldHeadList") || headStart == 0 || headStart >= tokens.Count - 2 || !tokens[headStart].IsWord
            || !Heads.Contains(tokens[headStart].Lower))
        {
            return null;
        }
        // The plural mark before the head: "các", "những" or a count, which must then equal the fields listed.
        var mark = tokens[headStart - 1];
        if (!(mark.Kind == TokenKind.Number || (mark.IsWord && Counts.Contains(mark.Lower))))
        {
            return null;
        }
        var counted = NumberWords.IsCount(mark) ? NumberWords.Count(mark) : 0;
        var k = headStart + 1;
        if (tokens[k].Text == ":")
        {
            k++;
        }
        var members = new List<SharedHeadList.Member>();
        while (k < tokens.Count && FieldEnd(tokens, k) is > 0 and var end)
        {
            members.Add(new SharedHeadList.Member(k, end, null));
            k = end;
            if (k + 1 < tokens.Count && tokens[k].Text == "," && tokens[k + 1].Lower == "và")
            {
                k++;
            }
            if (k + 1 < tokens.Count && (tokens[k].Text == "," || tokens[k].Lower == "và") && FieldEnd(tokens, k + 1) > 0)
            {
                k++;
                continue;
            }
            break;
        }
        if (members.Count < 2 || (counted > 0 && counted != members.Count))
        {
            return null;
        }
        // "… và Nội vụ tỉnh X", "các Ban Tuyên giáo, Dân vận Tỉnh ủy": the place or parent body closing the list is every
        // member's; the last member's span holds it.
        var last = members[^1].End;
        var suffixEnd = AdminPhraseParser.Parse(tokens, last, allowCapitalKeyword: false) is { IsBare: false } place ? place.End
            : OrgNameGrammar.HeadEnd(tokens, last, out var cls) > 0 && cls == OrgHeadClass.Complete && OrgNameGrammar.Parse(tokens, last) is { } parent ? parent.End
            : -1;
        string? suffix = null;
        if (suffixEnd > last)
        {
            suffix = string.Join(' ', Enumerable.Range(last, suffixEnd - last).Select(x => tokens[x].Text));
            members[^1] = members[^1] with { End = suffixEnd };
        }
        return new SharedHeadList.Distribution(headStart, headStart + 1, null, members) { Suffix = suffix };
    }

    /// <summary>Where the field starting at <paramref name="k"/> ends, or -1: a listed field, or capitalised words with their lower-case syllables.</summary>
    private static int FieldEnd(IReadOnlyList<Token> tokens, int k)
    {
        if (!tokens[k].IsUpperInitial || tokens[k].IsAbbreviation)
        {
            return -1;
        }
        // "các bộ Công an, Quốc phòng": a head that is a whole name by itself is a field here when the list goes on after it.
        if (OrgNameGrammar.HeadEnd(tokens, k, out var cls) is > 0 and var headEnd)
        {
            return cls == OrgHeadClass.Complete && headEnd < tokens.Count && (tokens[headEnd].Text is "," or "." or ";" || Stops.Contains(tokens[headEnd].Lower))
                ? headEnd : -1;
        }
        for (var length = Math.Min(MaxFieldTokens, tokens.Count - k); length >= 3; length--)
        {
            if (KnownFields.Contains(string.Join(' ', Enumerable.Range(k, length).Select(x => tokens[x].Lower))))
            {
                return k + length;
            }
        }
        var j = k + 1;
        var lower = 0;
        while (j < tokens.Count && j - k < MaxFieldTokens)
        {
            var t = tokens[j];
            // "Văn hóa - Thông tin": two fields joined by a dash are one ministry's.
            if (t.Text is "-" or "–" && j + 1 < tokens.Count && tokens[j + 1].IsUpperInitial && OrgNameGrammar.HeadEnd(tokens, j + 1, out _) < 0)
            {
                j += 2;
                lower = 0;
                continue;
            }
            if (!t.IsWord || t.IsAbbreviation || AdminPhraseParser.Parse(tokens, j, allowCapitalKeyword: false) is not null)
            {
                break;
            }
            if (t.IsUpperInitial)
            {
                if (OrgNameGrammar.HeadEnd(tokens, j, out _) > 0)
                {
                    break;
                }
                lower = 0;
                j++;
                continue;
            }
            if (Stops.Contains(t.Lower) || (BeforeVerb.Contains(t.Lower) && j + 1 < tokens.Count && BeforeVerb.Contains(tokens[j + 1].Lower))
                || ++lower > MaxLowerSyllables)
            {
                break;
            }
            j++;
        }
        return j;
    }
}
