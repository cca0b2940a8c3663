namespace Extraction.Extract.Text;

/// <summary>Splits a stretch of text into words, numbers and punctuation, keeping offsets.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (!IsWordChar(c))
            {
                tokens.Add(new Token(text[i..(i + 1)], i, i + 1, TokenKind.Punct));
                i++;
                continue;
            }
            var j = i + 1;
            while (j < end)
            {
                if (IsWordChar(text[j]))
                {
                    j++;
                }
                else if (IsJoiner(text[j]) && j + 1 < end && IsWordChar(text[j + 1]))
                {
                    // LĐ-TB&XH, GD&ĐT, 05/07, 11.8 stay one token.
                    j += 2;
                }
                else
                {
                    break;
                }
            }
            AddWord(tokens, text, i, j);
            i = j;
        }
        return tokens;
    }

    private static void AddWord(List<Token> tokens, string text, int i, int j)
    {
        // "TP.Hồ Chí Minh", "TP.HCM": the city prefix is its own word.
        if (j - i > 3 && (text[i] == 'T' || text[i] == 't') && (text[i + 1] == 'P' || text[i + 1] == 'p') && text[i + 2] == '.')
        {
            tokens.Add(new Token(text[i..(i + 3)], i, i + 3, TokenKind.Word));
            i += 3;
        }
        var s = text[i..j];
        var kind = char.IsDigit(s[0]) ? TokenKind.Number : TokenKind.Word;
        tokens.Add(new Token(s, i, j, kind));
    }

    private static bool IsWordChar(char c) => Ingest.Text.VietnameseWords.IsWordChar(c);

    private static bool IsJoiner(char c) => c is '-' or '&' or '.' or '/';
}
