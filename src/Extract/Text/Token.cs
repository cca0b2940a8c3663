namespace Extraction.Extract.Text;

/// <summary>A word, number or punctuation mark; <see cref="Start"/>/<see cref="End"/> index the article text.</summary>
internal sealed record Token(string Text, int Start, int End, TokenKind Kind)
{
    private string? key;
    private string? lower;

    /// <summary>Lower case, marks kept, tone placement normalised: for lexicon words where marks matter.</summary>
    public string Lower => lower ??= TextKeys.Lower(Text);

    /// <summary>Folded form for lexicon look-ups.</summary>
    public string Key => key ??= TextKeys.Fold(Text);

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsUpperInitial => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    public bool IsAbbreviation => Kind == TokenKind.Word && TextKeys.IsAbbreviation(Text);

    public bool Is(string lowerWord) => Lower == lowerWord;
}
