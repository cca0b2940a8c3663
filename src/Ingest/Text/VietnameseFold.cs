using System.Globalization;
using System.Text;

namespace Extraction.Ingest.Text;

/// <summary>
/// Folds Vietnamese text for comparison: lower case, "đ" to "d", every diacritic off.
/// For keys only; what users see keeps the original text.
/// </summary>
public static class VietnameseFold
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
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

    /// <summary>The folded words of a text: runs of letters and digits, punctuation dropped.</summary>
    public static List<string> Words(string text)
    {
        var folded = Fold(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }
        return words;
    }
}
