using Extraction.Ingest;

namespace Extraction.Ingest.Tests;

/// <summary>Distinct made-up articles, and republished copies of them (another header and footer), for batch tests.</summary>
internal static class SyntheticStories
{
    private static readonly string[] Syllables =
    [
        "tỉnh", "huyện", "ủy", "ban", "nhân", "dân", "hội", "nông", "phối", "hợp", "chương", "trình", "giảm", "nghèo",
        "bền", "vững", "xã", "phường", "cán", "bộ", "đoàn", "viên", "thanh", "niên", "phụ", "nữ", "mặt", "trận", "tổ", "quốc",
    ];

    public static Article Story(int n) => Make(n, $"stories/{n}.txt", "", "");

    public static Article Copy(int n) => Make(n, $"copies/{n}.txt", "Trang chủ Tin tức Cập nhật lúc 08:15 ", " Theo Báo tỉnh Tin khác Đang truy cập");

    private static Article Make(int n, string source, string header, string footer)
    {
        // Seeded by the story's number: the same number gives the same body, another number a different one.
        var random = new Random(n);
        var body = string.Join(' ', Enumerable.Range(0, 120).Select(_ => Syllables[random.Next(Syllables.Length)]));
        var text = header + body + footer;
        return new Article(IngestPipeline.ArticleId(text), source, null, null, null, null, null, text);
    }
}
