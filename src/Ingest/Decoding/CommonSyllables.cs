namespace Extraction.Ingest.Decoding;

/// <summary>
/// Very frequent Vietnamese syllables that carry diacritics. A wrong decoding can still produce
/// well-formed syllables by chance ("và" in TCVN3 read as VISCII is "vộ"); it rarely produces these.
/// Plain facts of the language (frequency lists of news text), not third-party data.
/// </summary>
internal static class CommonSyllables
{
    private static readonly HashSet<string> Set = new(
    [
        "của", "và", "các", "được", "trong", "người", "những", "có", "là", "với", "để", "đã", "này", "một",
        "không", "năm", "đến", "từ", "về", "tại", "nhà", "nước", "việt", "tỉnh", "huyện", "xã", "thành", "phố",
        "hội", "đồng", "chương", "trình", "phối", "hợp", "ký", "kết", "thực", "hiện", "công", "tác", "phát",
        "triển", "kinh", "tế", "sở", "bộ", "ngày", "tháng", "đại", "học", "quốc", "dân", "cấp", "ủy", "uỷ",
        "chủ", "tịch", "đảng", "mặt", "trận", "tổ", "chức", "lễ", "nội", "cũng", "sẽ", "đang", "nhân", "lãnh",
        "đạo", "phó", "giám", "đốc", "ương", "địa", "phương", "tiếp", "tục", "nhiều", "giữa", "hoạt", "động",
        "cán", "đơn", "vị", "quản", "lý", "hỗ", "trợ", "xây", "dựng", "cường", "vụ", "hiệu", "quả", "sự",
        "đây", "vào", "ra", "lên", "sau", "trên", "dưới", "theo", "cùng", "còn", "rất", "đó", "mới", "tư",
        "ở", "lao", "thương", "binh", "hà", "nội", "chí", "minh", "tuyên", "truyền", "đoàn", "viên", "giải",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Set.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the NFC word, in any case, is one of the frequent syllables.</summary>
    public static bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length > 8)
        {
            return false;
        }
        Span<char> lower = stackalloc char[8];
        var n = word.ToLowerInvariant(lower);
        return n > 0 && Lookup.Contains(lower[..n]);
    }
}
