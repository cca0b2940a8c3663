namespace Extraction.Ingest.Decoding;

/// <summary>
/// Very frequent Vietnamese syllables that carry diacritics. A wrong decoding can still produce
/// well-formed syllables by chance ("và" in TCVN3 read as VISCII is "vộ"); it rarely produces these.
/// Plain facts of the language, written from general knowledge of news vocabulary (no corpus copied).
/// </summary>
internal static class CommonSyllables
{
    private static readonly HashSet<string> Set = new(
    [
        "của", "và", "các", "được", "trong", "người", "những", "có", "là", "với", "để", "đã", "này", "một", "không",
        "năm", "đến", "từ", "về", "tại", "nhà", "nước", "việt", "tỉnh", "huyện", "xã", "thành", "phố", "hội", "đồng",
        "chương", "trình", "phối", "hợp", "ký", "kết", "thực", "hiện", "công", "tác", "phát", "triển", "kinh", "tế",
        "sở", "bộ", "ngày", "tháng", "đại", "học", "quốc", "dân", "cấp", "ủy", "uỷ", "chủ", "tịch", "đảng", "mặt",
        "trận", "tổ", "chức", "lễ", "nội", "cũng", "sẽ", "đang", "nhân", "lãnh", "đạo", "phó", "giám", "đốc", "ương",
        "địa", "phương", "tiếp", "tục", "nhiều", "giữa", "hoạt", "động", "cán", "đơn", "vị", "quản", "lý", "hỗ",
        "trợ", "xây", "dựng", "cường", "vụ", "hiệu", "quả", "sự", "đây", "vào", "lên", "sau", "trên", "dưới", "cùng",
        "còn", "rất", "đó", "mới", "tư", "ở", "lao", "thương", "binh", "hà", "chí", "tuyên", "truyền", "đoàn", "viên",
        "giải", "đề", "án", "số", "điều", "kiện", "cơ", "vấn", "chính", "sách", "phải", "khi", "thì", "như", "nhưng",
        "vì", "cả", "hơn", "đầu", "xuất", "khẩu", "gia", "đình", "trẻ", "em", "phụ", "nữ", "sức", "khỏe", "khoẻ",
        "bệnh", "viện", "trường", "giáo", "dục", "đào", "tạo", "sinh", "văn", "hóa", "hoá", "thông", "tin", "báo",
        "luật", "pháp", "quy", "định", "nghị", "quyết", "thủ", "tướng", "nhiệm", "bí", "thư", "thường", "trực", "ban",
        "hành", "kế", "hoạch", "mục", "tiêu", "giảm", "nghèo", "bền", "vững", "an", "ninh", "quân", "đội", "biên",
        "phòng", "cảnh", "sát", "tòa", "kiểm", "tội", "phạm", "việc", "xử", "vi", "đất", "đai", "môi", "tài",
        "nguyên", "nông", "nghiệp", "thủy", "sản", "lâm", "giao", "vận", "tải", "du", "lịch", "thị", "doanh", "ngân",
        "hàng", "tín", "dụng", "vốn", "tiền", "triệu", "tỷ", "nghìn", "trăm", "mười", "hai", "ba", "bốn", "sáu",
        "bảy", "tám", "chín", "thứ", "lần", "đợt", "cuộc", "toàn", "thể", "mọi", "mình", "họ", "chúng", "tôi", "anh",
        "chị", "ông", "bà", "cháu", "con", "mẹ", "cha", "vợ", "chồng", "nói", "cho", "biết", "theo", "rằng", "hỏi",
        "trả", "lời", "ý", "kiến", "đánh", "giá", "tổng", "sơ", "hướng", "dẫn", "khai", "tham", "dự", "biểu", "chiều",
        "sáng", "tối", "hôm", "nay", "qua", "sắp", "tới", "bị", "nên", "cần", "muốn", "nhằm", "thời", "bên", "cạnh",
        "tăng", "nâng", "cao", "đảm", "bảo", "vệ", "chống", "cứu", "khó", "khăn", "hộ", "tộc", "tôn", "liên", "hiệp",
        "hữu", "quan", "hệ", "trao", "đổi", "thảo", "luận", "chế", "thỏa", "thuận", "thoả", "bản", "ghi", "nhớ",
        "ủng", "giúp", "đỡ", "lẫn", "nhau", "huy", "vai", "trò", "trách", "năng", "quyền", "lợi", "ích", "bàn", "khu",
        "vực", "miền", "bắc", "nam", "trung", "tây", "đông", "nhuận", "trấn", "phường", "quận", "thuộc", "hồ", "minh",
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
