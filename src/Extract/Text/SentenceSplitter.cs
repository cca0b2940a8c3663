namespace Extraction.Extract.Text;

/// <summary>Cuts text into sentences: at line breaks and at . ! ? followed by a capital, not after short abbreviations (TP. TS.).</summary>
internal static class SentenceSplitter
{
    public static List<Sentence> Split(string text)
    {
        var result = new List<Sentence>();
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                SplitLine(text, lineStart, i, result);
                lineStart = i + 1;
            }
        }
        for (var k = 0; k < result.Count; k++)
        {
            result[k] = result[k] with { Index = k };
        }
        return result;
    }

    private static void SplitLine(string text, int start, int end, List<Sentence> result)
    {
        var s = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }
            var j = i + 1;
            while (j < end && text[j] is '.' or '"' or '”' or ')')
            {
                j++;
            }
            if (j >= end || !char.IsWhiteSpace(text[j]))
            {
                continue;
            }
            var k = j;
            while (k < end && char.IsWhiteSpace(text[k]))
            {
                k++;
            }
            if (k >= end || !(char.IsUpper(text[k]) || text[k] is '"' or '“' or '(' or '*' or '-' or '–'))
            {
                continue;
            }
            if (c == '.' && IsAbbreviationDot(text, s, i))
            {
                continue;
            }
            Add(text, s, j, result);
            s = k;
            i = k - 1;
        }
        Add(text, s, end, result);
    }

    /// <summary>Whether the dot at <paramref name="dot"/> closes an abbreviation ("TP.", "TS.") rather than a sentence; the word
    /// before it is read back no further than <paramref name="lineStart"/>. Item lists ask it too.</summary>
    internal static bool IsAbbreviationDot(string text, int lineStart, int dot)
    {
        var b = dot;
        while (b > lineStart && char.IsLetter(text[b - 1]))
        {
            b--;
        }
        var word = text.AsSpan(b, dot - b);
        // "tại TP.HCM. Sáng 5/6, …": the city's abbreviation never stands before a name, so its dot ends the sentence.
        if (word.SequenceEqual("HCM") && RuleSwitch.On("CityAbbreviationEnd"))
        {
            return false;
        }
        // "… trị giá 300 triệu USD. Công ty A ký …": a currency code closes an amount and never stands before a name.
        if (word is "USD" or "VND" or "VNĐ" or "EUR" && RuleSwitch.On("CurrencyEnd"))
        {
            return false;
        }
        // TP. TS. PGS. Th.S: short words with a capital are titles or abbreviations, not sentence ends. A capitalised
        // syllable ("Hà Nội.", "Việt Nam.", "Lào.") is a name's last word, and its dot ends the sentence.
        if (word.Length is 0 or > 3 || !char.IsUpper(word[0]))
        {
            return false;
        }
        return !RuleSwitch.On("SyllableSentenceEnd") || word.Length == 1 || !TextKeys.IsCapitalisedWord(word) || MixedCaseAbbreviations.Contains(word);
    }

    /// <summary>Abbreviations written with lower-case letters after the capital: Vietnamese ("Tp.", "Th.S", "Ts.") and those
    /// foreign names carry ("St. Mary", "Co., Ltd."), looked up by span so no string is made per dot.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MixedCaseAbbreviations = new HashSet<string>(
    [
        "Tp", "Th", "Ths", "ThS", "Ts", "Gs", "Bs", "Ks", "Pgs", "Tr", "Ng", "Tx", "Tt",
        "St", "Mt", "Ft", "Dr", "Mr", "Mrs", "Ms", "Jr", "Sr", "Co", "Ltd", "Inc", "No", "Vol",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    private static void Add(string text, int start, int end, List<Sentence> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            result.Add(new Sentence(start, end, text[start..end]));
        }
    }
}
