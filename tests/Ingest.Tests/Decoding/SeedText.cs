using System.Text;

namespace Extraction.Ingest.Tests.Decoding;

/// <summary>Real Vietnamese sentences: the project's own seed articles (seeds/*.txt).</summary>
internal static class SeedText
{
    /// <summary>Sentences as they stand in the seeds (the first keeps the old-style "Uỷ" of its seed).</summary>
    public static readonly string[] Sentences =
    [
        "Chương trình của Thị ủy, Hội đồng nhân dân, Uỷ ban nhân dân, Ủy ban Mặt trận Tổ quốc Việt Nam thị xã về chương trình mục tiêu Quốc gia giảm nghèo bền vững.",
        "Ủy ban MTTQ Việt Nam tỉnh Trà Vinh và Sở Lao động - Thương binh và Xã hội tỉnh tổ chức ký kết phối hợp thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 trên địa bàn tỉnh.",
        "Định kỳ hằng năm 2 đơn vị đánh giá kết quả thực hiện; sơ kết giữa kỳ; năm 2025 tổng kết thực hiện chương trình phối hợp.",
        "Ngày 7/8/2023, Sở Lao động, Thương binh và Xã hội và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hải Dương thực hiện ký kết Chương trình phối hợp.",
    ];

    /// <summary>The whole seed articles, NFC.</summary>
    public static IReadOnlyList<string> Articles()
    {
        var seeds = Path.Combine(RepositoryRoot(), "seeds");
        return [.. Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => File.ReadAllText(f, Encoding.UTF8).Normalize(NormalizationForm.FormC))];
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Extraction.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Extraction.sln not found above the test binaries.");
    }
}
