using System.Diagnostics;
using System.Text;
using Extraction.Ingest;
using Xunit.Abstractions;

namespace Extraction.Extract.Tests;

/// <summary>
/// A crafted page must not stall a batch: 100 KB of one repeated pattern (signing verbs, heads, "giữa" groups,
/// list markers, dates) is extracted within a budget set from measurement, and every span it reports is valid.
/// Measured (2 cores, shared): every case under 0.5 s; before the per-sentence caps, 8,000 "… ký kết với"
/// in one sentence took 30 s.
/// </summary>
public sealed class HostileTextTests(ITestOutputHelper output)
{
    private static readonly AgreementExtractor Extractor = new();

    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    public static TheoryData<string, string> Patterns => new()
    {
        { "signing verbs in one sentence", "Sở Y tế ký kết với " },
        { "signing verbs in sentences", "Sở Y tế ký kết với Hội Nông dân. " },
        { "between groups", "giữa Sở Y tế và Hội Nông dân, " },
        { "listed documents", "\nBản ghi nhớ giữa Sở Y tế tỉnh A và Hội Nông dân tỉnh B." },
        { "heads without names", "Hội Sở Ban Phòng Công an " },
        { "place lists", "Công an các xã: Tân Lập, Phú Mỹ, " },
        { "list markers", "(1) phối hợp tuyên truyền; " },
        { "dates", "ngày 12/5/2024, " },
        { "commas and parentheses", "Cục X (CX), Tổng cục Y, Bộ Z, " },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void A_hundred_kilobytes_of_one_pattern_extracts_within_budget_with_valid_spans(string name, string pattern)
    {
        var sb = new StringBuilder("Ngày 5/6, ");
        while (sb.Length < 100_000)
        {
            sb.Append(pattern);
        }
        sb.Append(" ký kết Quy chế phối hợp.");
        var text = sb.ToString();
        var watch = Stopwatch.StartNew();
        var result = Extractor.Extract(new Article("hostile", "hostile.txt", null, null, null, null, null, text));
        watch.Stop();
        output.WriteLine($"{name}: {watch.Elapsed.TotalMilliseconds:F0} ms, {result.Agreements.Count} agreements");
        Assert.True(watch.Elapsed < Budget, $"{name}: {watch.Elapsed.TotalSeconds:F1} s");
        foreach (var a in result.Agreements)
        {
            Assert.All(a.Parties.Where(p => !p.InTitle), p => Assert.Equal(p.Name, text[p.Span.Start..p.Span.End]));
            Assert.All(a.Items, i => Assert.Equal(i.Text, text[i.Span.Start..i.Span.End]));
            Assert.InRange(a.Evidence.End, a.Evidence.Start, text.Length);
        }
    }
}
