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

    // Lower-case words that end a field as the list's next side or the predicate does: connectors, aspect words, verbs.
    private static readonly HashSet<string> Stops = NameCueLexicon.ClauseOpeners;

    private const int MaxFieldTokens = 12;

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
            // "các phòng Văn hóa và Thông tin, Tư pháp, …": a list's "và" stands before its last member only, so a "và" whose
            // next field a comma and another field follow joins two words of one field (InnerAndField).
            while (RuleSwitch.On("InnerAndField") && end + 1 < tokens.Count && tokens[end].Lower == "và" && FieldEnd(tokens, end + 1) is > 0 and var joined
                && joined + 1 < tokens.Count && tokens[joined].Text == "," && FieldEnd(tokens, joined + 1) > 0)
            {
                end = joined;
            }
            members.Add(new SharedHeadList.Member(k, end, null));
            k = end;
            if (k + 1 < tokens.Count && tokens[k].Text == "," && tokens[k + 1].Lower == "và")
            {
                k++;
            }
            if (k + 1 < tokens.Count && (tokens[k].Text == "," || tokens[k].Lower == "và"))
            {
                // "các Sở Tư pháp A, B và C": places listed after a field are a shared head's places (SharedHeadList), not fields.
                if (IsPlaceOrPerson(tokens, k + 1))
                {
                    return null;
                }
                if (FieldEnd(tokens, k + 1) > 0)
                {
                    k++;
                    continue;
                }
            }
            break;
        }
        if (members.Count < 2 || (counted > 0 && counted != members.Count))
        {
            return null;
        }
        // "… và Nội vụ tỉnh X", "các Bộ Ngoại giao, Thương mại Việt Nam", "các Ban Tuyên giáo, Dân vận Tỉnh ủy": the place,
        // state or parent body closing the list is every member's; the last member's span holds it.
        var last = members[^1].End;
        var suffixEnd = last >= tokens.Count ? -1
            : AdminPhraseParser.Parse(tokens, last, allowCapitalKeyword: false) is { IsBare: false } place ? place.End
            : CountryAt(tokens, last) is > 0 and var country ? last + country
            : OrgNameGrammar.HeadEnd(tokens, last, out var cls) > 0 && cls == OrgHeadClass.Complete && OrgNameGrammar.Parse(tokens, last) is { } parent ? parent.End
            : -1;
        string? suffix = null;
        if (suffixEnd > last)
        {
            suffix = TokenSpans.Words(tokens, last, suffixEnd);
            members[^1] = members[^1] with { End = suffixEnd };
        }
        return new SharedHeadList.Distribution(headStart, headStart + 1, null, members) { Suffix = suffix };
    }

    /// <summary>
    /// Where the field starting at <paramref name="k"/> ends, or -1. A listed state field ("Kế hoạch và Đầu tư"); else
    /// capitalised words, dashes between them, and the lower-case syllables the name grammar keeps after a capitalised one
    /// ("Tài chính", "Phát triển nông thôn"); a head that is a whole name ("Công an", "Tổ chức") when the list goes on or
    /// closes right after it. A place, a state or a person is no field.
    /// </summary>
    private static int FieldEnd(IReadOnlyList<Token> tokens, int k)
    {
        if (k >= tokens.Count || !tokens[k].IsUpperInitial || tokens[k].IsAbbreviation || IsPlaceOrPerson(tokens, k))
        {
            return -1;
        }
        if (StateFields.Length(tokens, k) is > 0 and var listed)
        {
            return k + listed;
        }
        if (OrgNameGrammar.HeadEnd(tokens, k, out var cls) is > 0 and var headEnd)
        {
            return headEnd < tokens.Count && (tokens[headEnd].Text is "," or "." or ";" || Stops.Contains(tokens[headEnd].Lower)
                || (OrgNameGrammar.HeadEnd(tokens, headEnd, out var next) > 0 && next == OrgHeadClass.Complete)) ? headEnd : -1;
        }
        var j = k;
        // A capitalised word after a lower-case syllable opens another name ("Tư pháp Suối Lạnh": a field and a place), unless a
        // dash joins it ("Văn hóa - Thông tin"); "Công Thương" has no lower-case syllable between.
        var sawLower = false;
        while (j < tokens.Count && j - k < MaxFieldTokens)
        {
            var t = tokens[j];
            if (t.IsUpperInitial && !t.IsAbbreviation)
            {
                if (j > k && (sawLower || OrgNameGrammar.HeadEnd(tokens, j, out _) > 0 || IsPlaceOrPerson(tokens, j)))
                {
                    break;
                }
                // "Tài chính", "Công Thương": a listed word whose first syllable is capitalised, as the name grammar reads it.
                var word = OrgWordLexicon.MatchLength(tokens, j);
                sawLower |= word >= 2 && Enumerable.Range(j + 1, word - 1).Any(x => !tokens[x].IsUpperInitial);
                j += word >= 2 ? word : 1;
                continue;
            }
            // "Văn hóa - Thông tin": two fields joined by a dash are one ministry's.
            if (t.Text is "-" or "–" && j + 1 < tokens.Count && tokens[j + 1].IsUpperInitial && !IsPlaceOrPerson(tokens, j + 1)
                && OrgNameGrammar.HeadEnd(tokens, j + 1, out _) < 0)
            {
                j++;
                sawLower = false;
                continue;
            }
            if (!t.IsWord)
            {
                break;
            }
            if (OrgWordLexicon.MatchLength(tokens, j) is > 0 and var lowerListed && !NameTail.VerbAfterName(tokens, j, lowerListed))
            {
                j += lowerListed;
                sawLower = true;
                continue;
            }
            if (NameTail.Length(tokens, j) is > 0 and var tail)
            {
                j += tail;
                sawLower = true;
                continue;
            }
            break;
        }
        return j;
    }

    /// <summary>A known place, a state, or a person's full name (family name and two capitalised syllables) at <paramref name="k"/>.</summary>
    private static bool IsPlaceOrPerson(IReadOnlyList<Token> tokens, int k) =>
        AdminPhraseParser.IsKnownPlace(tokens, k) || CountryAt(tokens, k) > 0
        || (AdminPhraseParser.IsFamilyName(tokens[k]) && k + 2 < tokens.Count && tokens[k + 1].IsUpperInitial && tokens[k + 2].IsUpperInitial);

    /// <summary>
    /// Tokens of a state named at <paramref name="k"/>, or 0. The lexicon matches folded words, so "Lao" is "Lào"; a lower-case
    /// syllable going on after it that ends nothing ("Lao động") shows a field's word instead.
    /// </summary>
    private static int CountryAt(IReadOnlyList<Token> tokens, int k)
    {
        if (CountryLexicon.Default.Match(tokens, k) is not { Length: var n })
        {
            return 0;
        }
        var next = k + n < tokens.Count ? tokens[k + n] : null;
        return next is { IsWord: true, IsUpperInitial: false } && !Stops.Contains(next.Lower) ? 0 : n;
    }
}
