using System.Globalization;

namespace Extraction.Extract.Text;

/// <summary>
/// How many a token counts, for every rule that reads a counted group ("2 huyện", "hai bên", "sáu tỉnh"): a written
/// number, or a Vietnamese number word from "hai" to "mười". One table, so the rules agree on what a count is.
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["hai"] = 2, ["ba"] = 3, ["bốn"] = 4, ["năm"] = 5, ["sáu"] = 6, ["bảy"] = 7, ["tám"] = 8, ["chín"] = 9, ["mười"] = 10,
    };

    /// <summary>The value of a number word (lower case), or null.</summary>
    public static int? Word(string lower) => Words.TryGetValue(lower, out var n) ? n : null;

    /// <summary>The count a token writes, in digits or as a word, or -1 (digits read the same whatever the culture).</summary>
    public static int Count(Token t) =>
        t.Kind == TokenKind.Number && int.TryParse(t.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : t.IsWord && Words.TryGetValue(t.Lower, out var w) ? w : -1;

    /// <summary>A number, or a number word.</summary>
    public static bool IsCount(Token t) => t.Kind == TokenKind.Number || Words.ContainsKey(t.Lower);

    /// <summary>A count or a plural mark ("hai", "4", "các", "những"): what may stand before the noun of the things counted.</summary>
    public static bool IsCountOrPlural(Token t) => IsCount(t) || t.Lower is "các" or "những";

    /// <summary>The comma of a decimal number ("2,5 triệu"): it stands between two numbers with no space, so it ends no clause.</summary>
    public static bool IsDecimalComma(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Text == "," && k > 0 && k + 1 < tokens.Count && RuleSwitch.On("DecimalComma")
        && tokens[k - 1].Kind == TokenKind.Number && tokens[k + 1].Kind == TokenKind.Number
        && tokens[k - 1].End == tokens[k].Start && tokens[k].End == tokens[k + 1].Start;
}
