using Extraction.Ingest.Text;

namespace Extraction.Extract.Text;

/// <summary>Splits a stretch of text into words, numbers and punctuation, keeping offsets: the kernel's tokenizer with extraction's policy.</summary>
internal static class Tokenizer
{
    // "LĐ-TB&XH", "GD&ĐT", "05/07", "11.8" stay one token, the rules read them whole; "TP.Hồ Chí Minh", "TP.HCM": the city
    // prefix is its own word; punctuation is kept, the rules read commas, colons and quotes.
    private static readonly TokenizerPolicy Policy = new(joiners: "-&./", maxParts: int.MaxValue, punctuation: true, splitCityPrefix: true);

    [ThreadStatic]
    private static List<TextRun>? runs;

    public static List<Token> Tokenize(string text, int start, int end)
    {
        var scanned = runs ??= [];
        VietnameseTokenizer.Tokenize(text, start, end, Policy, scanned);
        var tokens = new List<Token>(scanned.Count);
        foreach (var r in scanned)
        {
            tokens.Add(new Token(text[r.Start..r.End], r.Start, r.End, Kind(r.Kind)));
        }
        return tokens;
    }

    private static TokenKind Kind(TextRunKind kind) => kind switch
    {
        TextRunKind.Word => TokenKind.Word,
        TextRunKind.Number => TokenKind.Number,
        _ => TokenKind.Punct,
    };
}
