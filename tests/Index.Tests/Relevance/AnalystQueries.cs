namespace Extraction.Index.Tests.Relevance;

/// <summary>
/// Analyst queries over corpus/ and seeds/, each judged against the gold files (what the
/// agreement is about and who signed it) before any search was run: unaccented, abbreviated,
/// partial party names, place + topic and date ranges.
/// </summary>
internal static class AnalystQueries
{
    private static Dictionary<string, int> R(params string[] ids) =>
        ids.ToDictionary(i => i.TrimEnd('~'), i => i.EndsWith('~') ? 1 : 2, StringComparer.Ordinal);

    public static IReadOnlyList<InformationNeed> All { get; } =
    [
        new("Mặt trận Tổ quốc Quảng Ngãi", "mat tran to quoc quang ngai", "MTTQ Quảng Ngãi", R("p001#0"), "mttq quang ngai"),
        new("hòa giải ở cơ sở", "hoa giai o co so", null, R("p001#0"), "hoà giải cơ sở"),
        new("an ninh trật tự khu dân cư", "an ninh trat tu khu dan cu", null, R("p002#0", "p016#0~")),
        new("Công an huyện Cam Lâm", "cong an huyen cam lam", "CA huyện Cam Lâm", R("p002#0")),
        new("chăm lo gia đình chính sách người có công", "cham lo gia dinh chinh sach nguoi co cong", null, R("p002#1")),
        new("Phòng Lao động Thương binh và Xã hội", "phong lao dong thuong binh va xa hoi", "Phòng LĐTBXH", R("p002#1", "s002#0"), "phong ldtbxh"),
        new("Sở Lao động - Thương binh và Xã hội", "so lao dong thuong binh xa hoi", "Sở LĐTBXH", R("p005#0", "p017#0", "s001#0", "s003#0"), "so ldtbxh", "Sở LĐ-TB&XH"),
        new("Hội Liên hiệp Phụ nữ khởi nghiệp", "hoi lien hiep phu nu khoi nghiep", "Hội LHPN khởi nghiệp", R("p003#0", "p013#1"), "lhpn khoi nghiep"),
        new("Liên đoàn Lao động", "lien doan lao dong", "LĐLĐ", R("p003#0", "p017#0"), "ldld"),
        new("Hội Cựu chiến binh", "hoi cuu chien binh", "Hội CCB", R("p003#0", "p013#0")),
        new("Ngân hàng Chính sách xã hội", "ngan hang chinh sach xa hoi", "NHCSXH", R("p013#0", "p013#1", "s000#0"), "nhcsxh"),
        new("tín dụng chính sách ủy thác", "tin dung chinh sach uy thac", null, R("p013#0"), "tín dụng chính sách uỷ thác"),
        new("Bộ đội Biên phòng", "bo doi bien phong", "BĐBP", R("p010#0", "p019#0")),
        new("an ninh biên giới Lạng Sơn", "an ninh bien gioi lang son", null, R("p010#0")),
        new("quy chế phối hợp biên giới", "quy che phoi hop bien gioi", null, R("p010#0", "p019#0")),
        new("kind:\"quy chế phối hợp\"", "kind:\"quy che phoi hop\"", null, R("p002#0", "p010#0", "p019#0")),
        new("kind:\"thỏa thuận hợp tác\"", "kind:\"thoa thuan hop tac\"", null, R("p006#0", "p012#0", "p015#0", "p023#0"), "kind:\"thoả thuận hợp tác\""),
        new("biên bản ghi nhớ", "bien ban ghi nho", null, R("p008#0", "p015#1", "p020#0")),
        new("cửa khẩu Lao Bảo", "cua khau lao bao", null, R("p008#0")),
        new("Ủy ban nhân dân tỉnh Quảng Trị", "uy ban nhan dan tinh quang tri", "UBND tỉnh Quảng Trị", R("p008#0"), "ubnd quang tri", "Uỷ ban nhân dân Quảng Trị"),
        new("gia đình no ấm hạnh phúc", "gia dinh no am hanh phuc", null, R("p009#0")),
        new("Bộ Văn hóa Thể thao và Du lịch", "bo van hoa the thao va du lich", null, R("p009#0"), "Bộ Văn hoá, Thể thao và Du lịch"),
        new("cho vay nông nghiệp công nghệ cao Đắk Lắk", "cho vay nong nghiep cong nghe cao dak lak", null, R("p012#0")),
        new("Hội Nông dân", "hoi nong dan", null, R("p012#0", "p023#0")),
        new("giống lúa Sóc Trăng", "giong lua soc trang", null, R("p015#1")),
        new("lúa biến đổi khí hậu", "lua bien doi khi hau", null, R("p015#0")),
        new("Toàn dân bảo vệ an ninh Tổ quốc", "toan dan bao ve an ninh to quoc", null, R("p016#0", "p002#0~")),
        new("Ban Chỉ huy Quân sự Hoàng Mai", "ban chi huy quan su hoang mai", "BCHQS Hoàng Mai", R("p016#0")),
        new("place:\"Khánh Bình\"", "place:\"khanh binh\"", null, R("p019#0")),
        new("cà phê Lâm Hà", "ca phe lam ha", null, R("p020#0")),
        new("bạo lực học đường", "bao luc hoc duong", null, R("p022#0")),
        new("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "doan thanh nien cong san ho chi minh", "Đoàn TNCS Hồ Chí Minh", R("p003#0", "p022#0"), "đoàn thanh niên"),
        new("rau quả an toàn Sơn La", "rau qua an toan son la", null, R("p023#0")),
        new("giảm nghèo bền vững", "giam ngheo ben vung", null, R("s001#0", "s002#0", "s003#0")),
        new("giảm nghèo place:\"Hải Dương\"", "giam ngheo place:\"hai duong\"", null, R("s003#0")),
        new("hàng Việt Nam Thăng Bình", "hang viet nam thang binh", null, R("s002#1")),
        new("kế hoạch phối hợp from:2023-01-01 to:2023-12-31", "ke hoach phoi hop from:01/01/2023 to:31/12/2023", null, R("p005#0", "s000#0")),
        new("thỏa thuận hợp tác year:2024", "thoa thuan hop tac year:2024", null, R("p012#0", "p023#0"), "thoả thuận hợp tác year:2024"),
        new("party:\"Công an\"", "party:\"cong an\"", "party:CA", R("p002#0", "p010#0", "p016#0", "p022#0")),
        new("Ủy ban nhân dân huyện", "uy ban nhan dan huyen", "UBND huyện", R("p020#0", "p023#0"), "ubnd huyen"),
        new("Thanh Hóa người lao động", "thanh hoa nguoi lao dong", null, R("p017#0"), "Thanh Hoá người lao động"),
        new("Vĩnh Long hướng nghiệp học sinh", "vinh long huong nghiep hoc sinh", null, R("p005#0")),
        new("nguồn nhân lực kỹ thuật Duyên Hải", "nguon nhan luc ky thuat duyen hai", null, R("p006#0"), "nguồn nhân lực kĩ thuật Duyên Hải"),
    ];
}
