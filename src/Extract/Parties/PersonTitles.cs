using Extraction.Extract.Text;

namespace Extraction.Extract.Parties;

/// <summary>
/// Titles and ranks written before a person or an organisation ("Chủ tịch UBND tỉnh", "Thiếu tướng
/// Trần Văn A"): they end a name list and mark an organisation as a person's affiliation.
/// </summary>
internal static class PersonTitles
{
    private static readonly string[][] Titles =
    [
        ["chủ", "tịch"], ["phó", "chủ", "tịch"], ["giám", "đốc"], ["phó", "giám", "đốc"], ["tổng", "giám", "đốc"], ["bí", "thư"],
        ["phó", "bí", "thư"], ["trưởng", "ban"], ["phó", "trưởng", "ban"], ["viện", "trưởng"], ["phó", "viện", "trưởng"],
        ["chánh", "án"], ["hiệu", "trưởng"], ["phó", "hiệu", "trưởng"], ["chỉ", "huy", "trưởng"], ["ủy", "viên"], ["thứ", "trưởng"],
        ["bộ", "trưởng"], ["cục", "trưởng"], ["vụ", "trưởng"], ["trưởng", "phòng"], ["chánh", "văn", "phòng"], ["đại", "biểu"],
        ["thiếu", "tướng"], ["trung", "tướng"], ["thượng", "tướng"], ["đại", "tướng"], ["thiếu", "tá"], ["trung", "tá"],
        ["thượng", "tá"], ["đại", "tá"], ["đại", "úy"], ["đồng", "chí"], ["ông"], ["bà"], ["tiến", "sĩ"], ["thạc", "sĩ"],
        ["chính", "ủy"], ["tư", "lệnh"], ["phó", "tư", "lệnh"], ["trưởng", "đoàn"], ["tổng", "biên", "tập"], ["thủ", "trưởng"],
    ];

    /// <summary>Length in tokens of the title starting at <paramref name="at"/>, or 0.</summary>
    public static int StartsAt(IReadOnlyList<Token> tokens, int at)
    {
        foreach (var title in Titles)
        {
            if (at + title.Length > tokens.Count)
            {
                continue;
            }
            var ok = true;
            for (var k = 0; k < title.Length && ok; k++)
            {
                ok = tokens[at + k].IsWord && tokens[at + k].Lower == title[k];
            }
            if (ok)
            {
                return title.Length;
            }
        }
        return 0;
    }

    /// <summary>Start of a title that ends right before <paramref name="end"/>, or -1.</summary>
    public static int EndsAt(IReadOnlyList<Token> tokens, int end)
    {
        for (var len = 3; len >= 1; len--)
        {
            var at = end - len;
            if (at >= 0 && StartsAt(tokens, at) == len)
            {
                return at;
            }
        }
        return -1;
    }
}
