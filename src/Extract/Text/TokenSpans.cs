namespace Extraction.Extract.Text;

/// <summary>The text of a run of tokens, for names built from token ranges.</summary>
internal static class TokenSpans
{
    /// <summary>Tokens [from, to) joined by single spaces ("Văn hóa , Thể thao" for a comma).</summary>
    public static string Words(IReadOnlyList<Token> tokens, int from, int to) =>
        string.Join(' ', Enumerable.Range(from, to - from).Select(k => tokens[k].Text));

    /// <summary>The folded keys of tokens [from, to) joined by single spaces, as the lexicons of places and names are keyed.</summary>
    public static string Keys(IReadOnlyList<Token> tokens, int from, int to) =>
        string.Join(' ', Enumerable.Range(from, to - from).Select(k => tokens[k].Key));

    /// <summary>Tokens [from, to) spaced as the text spaces them: "Văn hóa, Thể thao và Du lịch".</summary>
    public static string Spelled(IReadOnlyList<Token> tokens, int from, int to) =>
        string.Concat(Enumerable.Range(from, to - from).Select(k => (k > from && tokens[k].Start > tokens[k - 1].End ? " " : "") + tokens[k].Text));
}
