namespace Extraction.Ingest.Text;

/// <summary>
/// Words Vietnamese news portals print around an article (menus, counters, related lists, footers),
/// folded (no diacritics, lower case). Plain facts about page furniture, compiled by the team.
/// </summary>
internal static class PortalLexicon
{
    /// <summary>Lines that are page furniture when they are the whole line (punctuation aside).</summary>
    private static readonly HashSet<string> Furniture = new(StringComparer.Ordinal)
    {
        "bo qua noi dung chinh", "nhay den noi dung", "chuyen den noi dung chinh", "you are here", "ban dang o day",
        "gui ban bien tap", "tim kiem van ban", "tim kiem", "so luot truy cap", "luot truy cap", "so luot nguoi xem",
        "in bai nay", "in trang", "in bai viet", "chia se", "chia se bai viet", "zalo", "facebook", "twitter", "email",
        "leftcenterrightdel", "multimedia", "doc bao in", "bao in", "google news", "thoi tiet", "lien ket website",
        "lien ket huu ich", "xem tiep", "xem theo ngay", "tin moi", "tin moi nhat", "tin noi bat", "video", "en", "vi",
        "trang chu", "dang nhap", "dang ky", "lien he", "ban can biet", "tien ich", "a a", "a a a", "aa", "a+ a-",
        "nghe doc bai", "nghe bai viet", "doc bai", "quay lai", "ve dau trang", "len dau trang", "top", "menu",
        "share", "like", "tweet", "print", "comments", "binh chon", "ket qua binh chon", "thong ke truy cap",
        "xem tren cac nen tang khac", "theo doi chung toi tren", "che do ban dem", "xuat pdf", "doc noi dung",
        "phong chu", "co chu", "tai ve", "dinh kem", "tep dinh kem", "file dinh kem", "chuyen muc", "danh muc",
        "sitemap", "so do trang", "rss", "english", "tieng viet", "dong", "mo rong", "thu gon", "tra loi", "gui",
        "gui y kien", "am nhac", "podcast", "e-magazine", "emagazine", "infographic", "infographics",
    };

    /// <summary>Headings after which a page lists other articles, comments or tags: the article has ended.</summary>
    private static readonly string[] EndMarkers =
    [
        "tin lien quan", "bai lien quan", "bai viet lien quan", "cac tin lien quan", "tin khac", "cac tin khac",
        "cac bai khac", "bai viet khac", "tin cung chuyen muc", "cung chuyen muc", "tin bai khac", "xem them",
        "tin moi hon", "tin da dua", "tin cu hon", "binh luan", "y kien ban doc", "gui binh luan", "viet binh luan",
        "tin xem nhieu", "doc nhieu", "doc nhieu nhat", "xem nhieu", "xem nhieu nhat", "tin doc nhieu", "tu khoa",
        "tags", "tag", "the", "co the ban quan tam", "ban co the quan tam", "tin anh", "tin video", "tin tuc khac",
    ];

    /// <summary>Beginnings of portal footer lines: addresses, phones, editors, visitor counters, licences.</summary>
    private static readonly string[] FooterStarts =
    [
        "dt:", "email:", "e-mail", "fax", "hotline", "dang truy cap", "dang online",
        "hom nay:", "hom qua:", "tat ca:", "tong so:", "tong luot", "luot truy cap", "truong ban bien tap", "pho truong ban bien tap", "chiu trach nhiem", "giay phep",
        "ban quyen", "copyright", "©", "co quan chu quan", "tong bien tap", "pho tong bien tap", "thong ke truy cap",
        "so luot truy cap", "so luot nguoi xem", "luot xem:", "luot doc:", "chung nhan tin nhiem mang", "tin nhiem mang", "ghi ro nguon", "phat trien boi",
        "thiet ke boi", "designed by", "powered by", "all rights reserved", "toa soan", "van phong dai dien",
    ];

    /// <summary>Beginnings of short furniture lines that carry a number: "Lượt xem: 93".</summary>
    private static readonly string[] FurnitureStarts = ["luot xem", "so luot xem", "luot doc", "so lan xem", "luot truy cap", "so nguoi xem"];

    public static bool IsFurniture(string folded)
    {
        if (Furniture.Contains(folded))
        {
            return true;
        }
        if (folded.Length > 30)
        {
            return false;
        }
        foreach (var start in FurnitureStarts)
        {
            if (folded.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    public static bool IsEndMarker(string folded)
    {
        foreach (var marker in EndMarkers)
        {
            if (folded == marker)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsCount(ReadOnlySpan<char> rest)
    {
        foreach (var c in rest)
        {
            if (!char.IsAsciiDigit(c) && c is not ('.' or ',' or ' '))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Footer beginnings that also open ordinary sentences ("Trong tháng 4, hai bên …"): footer only
    /// when a colon or a bare count follows ("Địa chỉ: …", "Trong tuần 1.234").
    /// </summary>
    private static readonly string[] LabelStarts = ["dia chi", "dien thoai", "truy cap", "trong tuan", "trong thang"];

    public static bool IsFooter(string folded)
    {
        foreach (var start in LabelStarts)
        {
            if (folded.StartsWith(start, StringComparison.Ordinal))
            {
                var rest = folded.AsSpan(start.Length).TrimStart();
                return !rest.IsEmpty && (rest[0] == ':' || IsCount(rest));
            }
        }
        foreach (var start in FooterStarts)
        {
            if (folded.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Folded, trimmed of surrounding punctuation and bullets, single-spaced: the key looked up above.</summary>
    public static string Key(string line)
    {
        var folded = VietnameseFold.Fold(line);
        var sb = new System.Text.StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c);
        }
        return sb.ToString().Trim(' ', '.', ':', '-', '|', '»', '«', '>', '<', '•', '*', '+', '[', ']', '(', ')', '/', '…');
    }
}
