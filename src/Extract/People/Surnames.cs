namespace Extraction.Extract.People;

/// <summary>
/// Vietnamese family names (plain facts: the common clan names, e.g. as listed in the Wikipedia article
/// "Họ người Việt Nam"). A name with no honorific before it must open with one of them. Names that are
/// also common middle or given names (Văn, Thị, Hữu, Đình, Minh, Kim, Sơn) are left out, so a name is not cut after them.
/// </summary>
internal static class Surnames
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
        "Ngô", "Dương", "Lý", "Đinh", "Đoàn", "Trịnh", "Lương", "Mai", "Cao", "Lâm", "Tạ", "Hà", "Tô",
        "Triệu", "Chu", "Lưu", "Thái", "Quách", "Tăng", "La", "Lò", "Kiều", "Đào", "Vương", "Phùng",
        "Nông", "Thân", "Châu", "Tôn", "Từ", "Hứa", "Khổng", "Diệp", "Âu", "Giang", "Lại", "Mạc",
        "Nghiêm", "Tống", "Lục", "Ninh", "Bế", "Hầu", "Mã", "Quan", "Trương", "Trình", "Khúc", "Khuất",
        "Lã", "Lạc", "Doãn", "Cù", "Đàm", "Đồng", "Giáp", "Hàn", "Lăng", "Mẫn", "Phí", "Vi",
        "Tiêu", "Thạch", "Danh", "Y", "Văng", "Cầm", "Lầu", "Sùng", "Vàng",
        "Giàng", "Thào", "Mùa", "Lỳ", "Hờ", "Chế", "Đới", "Nhữ", "Ung", "Bạch", "Cồ", "Thiều", "Vy",
    };

    // Places, streets and bodies that open with a family name and read like a name.
    private static readonly HashSet<string> Places = new(StringComparer.Ordinal)
    {
        "Hà Nội", "Hà Nam", "Hà Tĩnh", "Hà Giang", "Hồ Chí Minh", "Lâm Đồng", "Cao Bằng", "Hoàng Sa",
        "Giang Nam", "Sơn La", "Bà Rịa", "Đồng Nai", "Đồng Tháp", "Đồng Hới", "Đồng Xoài", "Đồng Văn", "Hoàng Mai", "Việt Nam", "Đoàn Thanh", "Lê Lợi", "Trần Hưng Đạo", "Nguyễn Huệ", "Thái Bình", "Thái Nguyên", "Mai Sơn", "Lý Sơn", "Phan Thiết", "Hà Tiên",
    };

    public static bool IsSurname(string syllable) => Names.Contains(syllable);

    public static bool IsPlace(string name) => Places.Contains(name) || Places.Any(p => name.StartsWith(p + " ", StringComparison.Ordinal));
}
