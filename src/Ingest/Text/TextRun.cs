namespace Extraction.Ingest.Text;

/// <summary>What a token of <see cref="VietnameseTokenizer"/> is.</summary>
public enum TextRunKind
{
    /// <summary>Word characters (joined parts included) opening with a letter or mark.</summary>
    Word,

    /// <summary>Word characters opening with a digit ("05/07", "11.8", "2006").</summary>
    Number,

    /// <summary>One character that is neither a word character nor white space.</summary>
    Punctuation,
}

/// <summary>A token of <see cref="VietnameseTokenizer"/>: [Start, End) of the text it was cut from.</summary>
public readonly record struct TextRun(int Start, int End, TextRunKind Kind);
