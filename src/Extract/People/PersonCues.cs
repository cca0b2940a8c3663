using System.Text.RegularExpressions;

namespace Extraction.Extract.People;

/// <summary>The words around a name: honorifics before it, titles, the verbs that end a title and tell the role.</summary>
internal static partial class PersonCues
{
    /// <summary>An honorific or rank that ends right where a name starts ("đồng chí ", "Đại tá ", "PGS.TS ", "các ông: ").</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:đồng chí|đ/c|ông|bà|đại tá|thượng tá|trung tá|thiếu tá|đại úy|đại uý|thượng úy|thượng uý|trung úy|trung uý|thiếu úy|thiếu uý|thiếu tướng|trung tướng|thượng tướng|đại tướng|tiến sĩ|thạc sĩ|luật sư|nhà báo|giáo sư|phó giáo sư|bác sĩ|nghệ sĩ|(?:p?gs\.?\s?)?tskh\.?|(?:p?gs\.?\s?)?ts\.?|p?gs\.?|ths\.?|bs\.?|bscki*\.?|kts?\.?|nsnd|nsưt)(?:\s*:)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex HonorificBefore();

    /// <summary>The start of a title: office, membership or rank words.</summary>
    [GeneratedRegex(@"\G(?:Nguyên\s+|Quyền\s+)?(?:Phó\s+|Đồng\s+)?(?:Ủy viên|Uỷ viên|Chủ tịch|Bí thư|Giám đốc|Tổng [Gg]iám đốc|Trưởng|Thứ trưởng|Bộ trưởng|Hiệu trưởng|Hiệu phó|Viện trưởng|Chánh|(?:Tỉnh|Thành|Huyện|Thị|Quận|Đảng) u[ỷỷ] viên|(?:Tỉnh|Thành|Huyện|Thị|Quận|Đảng) ủy viên|UVTV|UVBTV|UVBCH|UVTW|TUV|HUV|Đại biểu|Chính ủy|Chính uỷ|Chỉ huy|Tư lệnh|Tổng [Bb]iên tập|Tổng [Tt]hư ký|Thư ký|Chủ nhiệm|Cục trưởng|Vụ trưởng|Chi cục trưởng|Kiểm sát viên|Thẩm phán|Đại sứ|Thủ trưởng|Thủ tướng|Chủ tịch nước|Tổng [Kk]iểm toán|Tổng [Cc]ục trưởng|Thường trực|Chủ tọa|Chủ toạ|Phó|Tổng|Người đứng đầu)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TitleStart();

    /// <summary>Words that end a title: what the person did next, or the next person.</summary>
    [GeneratedRegex(@"\G\s+(?:chủ trì|đồng chủ trì|ký|cùng|đã|đang|sẽ|phát biểu|cho biết|nhấn mạnh|khẳng định|trao|tham dự|dự|thực hiện|đại diện|bắt tay|chứng kiến|nêu|đề nghị|yêu cầu|chia sẻ|mong muốn|tặng|có|được|làm|tại|khi|thay mặt|và (?:các|đại diện|lãnh đạo)|với|trình bày|báo cáo|đánh giá|ghi nhận|kỳ vọng|tin tưởng|đề xuất|giới thiệu|thông tin|quán triệt|lưu ý|chúc mừng|gửi|nói|là|thân mật|tiếp|đọc|khai mạc|bế mạc|ra|lên|về|đến|tới|cảm ơn|hoan nghênh)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TitleStop();

    /// <summary>"chứng kiến của", "sự tham dự của" just before a name: a witness, whatever the sentence says later.</summary>
    [GeneratedRegex(@"(?:chứng kiến|tham dự|có mặt)(?:\s+của)?(?:\s+(?:các\s+)?(?:đồng chí|ông|bà))?\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex WitnessBefore();

    /// <summary>Signing as an act ("cùng ký kết", "đại diện hai bên ký"), not the name of an event ("lễ ký kết").</summary>
    [GeneratedRegex(@"(?<!(?:lễ|buổi|hội nghị|nghi thức|chương trình|việc|khi|sau|chứng kiến|dự|tham dự|nội dung|được|cuộc|tổ chức|văn bản|bản)\s+)(?<!\p{L})ký(?:\s+kết)?(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Signed();

    [GeneratedRegex(@"(?<!\p{L})(?:đồng )?chủ trì(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Chaired();

    [GeneratedRegex(@"(?<!\p{L})(?:tham dự|dự(?!\s+(?:án|kiến|thảo|báo|toán|phòng|trữ|định|tính|bị|đoán|luật|khuyết))|chứng kiến|có sự tham gia|có mặt)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Attended();

    /// <summary>The next person starts here ("và đồng chí …", "và ông …"), so the title before it has ended.</summary>
    [GeneratedRegex(@"\G(?:các\s+)?(?:đồng chí|đ/c|tiến sĩ|thạc sĩ|giáo sư|ông|bà|đại tá|thượng tá|trung tá|thiếu tá|thiếu tướng|trung tướng|PGS|GS|TS|ThS|bác sĩ|luật sư|nhà báo)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex HonorificAhead();

    [GeneratedRegex(@"(?<!\p{L})(?:tỉnh|huyện|thành phố|TP\.?|xã|phường|quận|thị xã|thị trấn|thôn|bản|làng|sông|núi|đường|phố|đảo|cửa khẩu)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PlaceWordBefore();
}
