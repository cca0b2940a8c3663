using System.Globalization;
using Extraction.Ingest.Text;

namespace Extraction.Ingest.Dates;

/// <summary>
/// Months as Vietnamese writes them: a number ("tháng 11") or a word ("tháng Mười Một", "tháng Giêng", "tháng Chạp"). The
/// page-date reader and the signing-date finder both read them here.
/// </summary>
public static class VietnameseMonths
{
    /// <summary>A month word, capitalised as the pages write it after "tháng"; the two-word months come before "Mười".</summary>
    public const string WordPattern = @"Mười\s+[Mm]ột|Mười\s+[Hh]ai|Mười|Một|Hai|Ba|Tư|Bốn|Năm|Sáu|Bảy|Tám|Chín|Giêng|Chạp";

    /// <summary>The month's number (1–12) for a number or a month word; null for anything else.</summary>
    public static int? Number(string month)
    {
        if (int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n is >= 1 and <= 12 ? n : null;
        }
        return VietnameseFold.Fold(month).Trim() switch
        {
            "mot" or "gieng" => 1,
            "hai" => 2,
            "ba" => 3,
            "tu" or "bon" => 4,
            "nam" => 5,
            "sau" => 6,
            "bay" => 7,
            "tam" => 8,
            "chin" => 9,
            "muoi" => 10,
            "muoi mot" => 11,
            "muoi hai" or "chap" => 12,
            _ => null,
        };
    }
}
