using System.Globalization;
using System.Text;

namespace Extraction.Ingest.Text;

/// <summary>
/// Folds Vietnamese text for comparison: lower case, "đ" to "d", every diacritic off.
/// For keys only; what users see keeps the original text.
/// </summary>
public static class VietnameseFold
{
    // Folding is per char (decomposition is; only the order of the dropped marks depends on neighbours), so the
    // Latin and Vietnamese letters are folded once into a table. NoFold marks a char the table does not cover.
    private const char NoFold = '\uFFFF';
    private const char Dropped = '\uFFFE';
    private static readonly char[] Table = BuildTable();

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dropped = 0;
        foreach (var c in text)
        {
            if (c >= Table.Length || Table[c] == NoFold)
            {
                return FoldSlowly(text);
            }
            dropped += Table[c] == Dropped ? 1 : 0;
        }
        return string.Create(text.Length - dropped, text, static (span, source) =>
        {
            var n = 0;
            foreach (var c in source)
            {
                var f = Table[c];
                if (f != Dropped)
                {
                    span[n++] = f;
                }
            }
        });
    }

    private static char[] BuildTable()
    {
        var table = new char[0x1F00];
        table.AsSpan().Fill(NoFold);
        for (var c = 0; c < table.Length; c++)
        {
            if (c is >= 0x250 and < 0x300 or >= 0x370 and < 0x1E00)
            {
                continue;
            }
            var folded = FoldSlowly(((char)c).ToString());
            table[c] = folded.Length switch
            {
                0 => Dropped,
                1 => folded[0],
                _ => NoFold,
            };
        }
        return table;
    }

    private static string FoldSlowly(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            sb.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }
        return sb.ToString();
    }

    /// <summary>The folded words of a text by the kernel's tokenizer (<see cref="VietnameseTokenizer"/>), punctuation dropped.</summary>
    public static List<string> Words(string text)
    {
        // Folded text holds no combining mark, so a word is "letter or digit" here.
        var folded = Fold(text);
        return VietnameseTokenizer.Tokenize(folded, TokenizerPolicy.Words).ConvertAll(r => folded[r.Start..r.End]);
    }
}
