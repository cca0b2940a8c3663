using System.Text;
using Extraction.Ingest.Duplicates;

namespace Extraction.Ingest.Tests;

public sealed class NearDuplicateTests
{
    /// <summary>
    /// Seed 001 as another portal republishes it: its own header, date line, footer and source line, its own
    /// lead credit, and without the photo caption.
    /// </summary>
    private static string Republished(string seedText)
    {
        var body = seedText.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)
            .SkipWhile(l => !l.StartsWith("Trà Vinh: Ký kết", StringComparison.Ordinal))
            .TakeWhile(l => !l.StartsWith("Theo Báo Trà Vinh", StringComparison.Ordinal));
        var sb = new StringBuilder();
        sb.AppendLine("Bỏ qua nội dung chính").AppendLine("Trang chủ").AppendLine("Kinh tế - Xã hội");
        sb.AppendLine("Cập nhật lúc : 10/05/2023 08:15");
        foreach (var line in body)
        {
            if (line.StartsWith("Ủy ban MTTQ Việt Nam tỉnh Trà Vinh và Lãnh đạo", StringComparison.Ordinal))
            {
                continue;
            }
            sb.AppendLine(line.Replace("(Mặt trận) -", "TVO -", StringComparison.Ordinal));
        }
        sb.AppendLine("Theo Báo Trà Vinh").AppendLine("Tin khác").AppendLine("Hội nghị giao ban công tác Mặt trận quý II năm 2023");
        sb.AppendLine("Địa chỉ: 09 Lê Thánh Tôn, phường 2, thành phố Trà Vinh").AppendLine("Đang truy cập: 25");
        return sb.ToString();
    }

    [Fact]
    public void A_republished_copy_with_another_header_and_footer_joins_the_first_copy()
    {
        var seedPath = Directory.GetFiles(RepoPaths.Seeds, "001_*.txt").Single();
        var first = TestDocuments.CleanText(seedPath);
        var copy = TestDocuments.Pipeline.Clean(new RawDocument("copy.txt", Encoding.UTF8.GetBytes(Republished(File.ReadAllText(seedPath))), null, null, DocumentKind.Text));
        Assert.NotEqual(first.Id, copy.Id);

        var detector = new NearDuplicateDetector();
        var a = detector.Assign(first);
        var b = detector.Assign(copy);

        Assert.Null(a.DuplicateOf);
        Assert.Equal(first.Id, b.DuplicateOf);
    }

    [Fact]
    public void Different_articles_on_the_same_programme_stay_apart()
    {
        var detector = new NearDuplicateDetector();
        foreach (var prefix in new[] { "000", "001", "002", "003", "004" })
        {
            Assert.Null(detector.Assign(TestDocuments.CleanSeed(prefix)).DuplicateOf);
        }
    }

    [Fact]
    public void The_same_article_under_another_source_points_to_its_first_copy()
    {
        var detector = new NearDuplicateDetector();
        var first = detector.Assign(TestDocuments.CleanSeed("002"));
        var again = detector.Assign(TestDocuments.CleanSeed("002") with { Source = "mirror/002.txt" });
        Assert.Null(first.DuplicateOf);
        Assert.Equal(first.Id, again.DuplicateOf);
    }

    [Fact]
    public void The_same_source_met_again_keeps_its_verdict_and_never_becomes_its_own_copy()
    {
        var detector = new NearDuplicateDetector();
        Assert.Null(detector.Assign(TestDocuments.CleanSeed("002")).DuplicateOf);
        Assert.Null(detector.Assign(TestDocuments.CleanSeed("002")).DuplicateOf);
    }

    [Fact]
    public void A_copy_far_behind_its_first_in_a_batch_still_joins_it()
    {
        var detector = new NearDuplicateDetector();
        var story = SyntheticStories.Story(0);
        Assert.Null(detector.Assign(story).DuplicateOf);
        for (var i = 1; i <= 2000; i++)
        {
            Assert.Null(detector.Assign(SyntheticStories.Story(i)).DuplicateOf);
        }
        Assert.Equal(story.Id, detector.Assign(SyntheticStories.Copy(0)).DuplicateOf);
    }

    [IngestSharedDataFact("corpus", "dev")]
    public void Dev_corpus_pages_from_different_sites_are_not_merged()
    {
        var detector = new NearDuplicateDetector();
        var grouped = new List<string>();
        foreach (var path in Directory.GetFiles(RepoPaths.SharedPath("corpus", "dev"), "*.txt").Order(StringComparer.Ordinal))
        {
            var a = detector.Assign(TestDocuments.CleanText(path));
            if (a.DuplicateOf is not null)
            {
                grouped.Add(Path.GetFileName(path));
            }
        }
        Assert.Empty(grouped);
    }
}
