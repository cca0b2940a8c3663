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

    // The most frequent of them, lower case as written (tone placement as TextKeys.Lower writes it): after a unit keyword
    // ("UBND tỉnh Nguyễn Văn A") a run opening with one is read as a person, not a place.
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý",
        "đinh", "trịnh", "trương", "mai", "lương", "lâm", "hà", "cao", "đoàn", "la", "triệu", "thái", "kiều", "quách", "tống",
    };

    // Places, streets and bodies that open with a family name and read like a name.
    private static readonly HashSet<string> Places = new(StringComparer.Ordinal)
    {
        "Hà Nội", "Hà Nam", "Hà Tĩnh", "Hà Giang", "Hồ Chí Minh", "Lâm Đồng", "Cao Bằng", "Hoàng Sa",
        "Giang Nam", "Sơn La", "Bà Rịa", "Đồng Nai", "Đồng Tháp", "Đồng Hới", "Đồng Xoài", "Đồng Văn", "Hoàng Mai", "Việt Nam", "Đoàn Thanh", "Lê Lợi", "Trần Hưng Đạo", "Nguyễn Huệ", "Thái Bình", "Thái Nguyên", "Mai Sơn", "Lý Sơn", "Phan Thiết", "Hà Tiên",
        // Wards and districts named after a person.
        "Phạm Ngũ Lão", "Lê Đại Hành", "Nguyễn Trung Trực", "Nguyễn Cư Trinh", "Trần Văn Thời", "Hoàng Su Phì", "Cù Lao Dung", "Bạch Long Vĩ",
    };

    public static bool IsSurname(string syllable) => Names.Contains(syllable);

    /// <summary>A common family name, given as the lower-case written syllable (<see cref="Text.TextKeys.Lower"/>).</summary>
    public static bool IsCommon(string lowerSyllable) => Common.Contains(lowerSyllable);

    public static bool IsPlace(string name) => Places.Contains(name) || Places.Any(p => name.StartsWith(p + " ", StringComparison.Ordinal));
}
