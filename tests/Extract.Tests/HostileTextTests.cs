using System.Diagnostics;
using System.Globalization;
using System.Text;
using Extraction.Extract.Model;
using Extraction.Extract.Tests.Support;
using Extraction.Ingest;
using Xunit.Abstractions;

namespace Extraction.Extract.Tests;

/// <summary>
/// A crafted page must not stall a batch: 100 KB of one repeated pattern (signing verbs, heads, "giữa" groups,
/// list markers, dates) is extracted within a budget set from measurement, and every span it reports is valid.
/// Measured (2 cores, shared, 2026-12-05): every case under 0.7 s, 3.5× the baseline below at most ("between groups"
/// took 1.3 s until the longer-mention search ran once per name, not once per side; 6,500 different bodies in one list
/// took 132 s until a sentence's sides were capped); before the per-sentence caps, 8,000 "… ký kết với" in one
/// sentence took 30 s. On 2026-12-06 the passive contracts between different bodies took 1.1–1.4 s (5–6× the
/// baseline: each sentence is a signing of its own, 64 of them framed).
/// </summary>
public sealed class HostileTextTests(ITestOutputHelper output)
{
    private static readonly AgreementExtractor Extractor = new();

    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    /// <summary>
    /// On a loaded machine a fixed budget fails while nothing regressed, so a case may also pass within this
    /// many times the cost of 100 KB of real article text measured in the same run (measured: the worst
    /// hostile case costs 3–6× that baseline; the quadratic case before the caps cost over 100×).
    /// </summary>
    private const double BaselineFactor = 15;

    private static readonly Lazy<TimeSpan> Baseline = new(MeasureBaseline);

    /// <summary>The fixed budget, or the baseline's multiple when the machine is slower than that today.</summary>
    private static TimeSpan Allowed => Budget > Baseline.Value * BaselineFactor ? Budget : Baseline.Value * BaselineFactor;

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
        // "{n}" counts up, so every side is a different body: framing compares each side with every other.
        { "different bodies in one list", "Tiểu đoàn {n}, " },
        { "different pairs between groups", "giữa Công ty Alpha{n} và Công ty Beta{n}, " },
        { "signings in sentences of their own", "Sở Y tế và Hội Nông dân huyện Xa{n} ký kết quy chế phối hợp. " },
        { "numbered documents", "Quyết định số {n}/QĐ-UBND ngày 12/5/2024 của UBND tỉnh, " },
        { "people with titles", "ông Nguyễn Văn An{n}, Giám đốc Sở Y tế tỉnh B{n}, " },
        { "different documents on lines of their own", "\nBản ghi nhớ giữa Công ty Sao Mai {n} và Công ty Phú An {n}." },
        { "counted documents in sentences of their own", "Sở Y tế và Hội Nông dân huyện Xa{n} đã ký 10 văn kiện hợp tác. " },
        { "heads shared over fields", "các bộ Tài chính, Kế hoạch và Đầu tư, Văn hóa - Thông tin, " },
        { "passive contracts between different bodies", "Hợp đồng giữa Công ty Sao Mai{n} và Công ty Minh Phát đã được ký kết hôm qua. " },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void A_hundred_kilobytes_of_one_pattern_extracts_within_budget_with_valid_spans(string name, string pattern)
    {
        var sb = new StringBuilder("Ngày 5/6, ");
        for (var n = 1; sb.Length < 100_000; n++)
        {
            sb.Append(pattern.Replace("{n}", n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }
        sb.Append(" ký kết Quy chế phối hợp.");
        var text = sb.ToString();
        var watch = Stopwatch.StartNew();
        var result = Extractor.Extract(new Article("hostile", "hostile.txt", null, null, null, null, null, text));
        watch.Stop();
        output.WriteLine($"{name}: {watch.Elapsed.TotalMilliseconds:F0} ms, {result.Agreements.Count} agreements");
        var allowed = Allowed;
        output.WriteLine($"baseline (100 KB of seed articles): {Baseline.Value.TotalMilliseconds:F0} ms; allowed {allowed.TotalMilliseconds:F0} ms");
        Assert.True(watch.Elapsed < allowed, $"{name}: {watch.Elapsed.TotalSeconds:F1} s, allowed {allowed.TotalSeconds:F1} s");
        // What a crafted page yields stays as bounded as the time it takes: the longest real side name has 16 words,
        // the longest list 17 sides, the most signing sentences on a page 5, the most documents an agreement cites 2.
        Assert.InRange(result.Agreements.Count, 1, 256);
        foreach (var a in result.Agreements)
        {
            Assert.InRange(a.Parties.Count, 0, 64);
            Assert.All(a.Parties, p => Assert.InRange(p.Name.Split(' ').Length, 1, 48));
            Assert.InRange(a.References.Count, 0, 32);
            Assert.All(a.Parties.Where(p => !p.InTitle), p => Assert.Equal(p.Name, text[p.Span.Start..p.Span.End]));
            Assert.All(a.Items, i => Assert.Equal(i.Text, text[i.Span.Start..i.Span.End]));
            Assert.InRange(a.Evidence.End, a.Evidence.Start, text.Length);
        }
    }

    [Fact]
    public void A_listed_document_naming_thousands_of_bodies_extracts_within_budget_with_bounded_sides()
    {
        // A line listed after a colon is an agreement of its own, outside the signing sentence's cap on sides.
        var result = ExtractWithinBudget(HundredKilobytes(
            "Sáng 3/5, hai bên đã ký các văn kiện sau:\nBản ghi nhớ giữa Công ty Sao Mai và Công ty Phú An.\nBản ghi nhớ giữa ",
            n => $"Công ty Alpha{n}, ", "Công ty Omega.\n"));
        output.WriteLine($"sides {string.Join(", ", result.Agreements.Select(a => a.Parties.Count))}");
        Assert.Contains(result.Agreements, a => a.Parties.Count >= 2);
        Assert.All(result.Agreements, a => Assert.InRange(a.Parties.Count, 0, 64));
    }

    [Fact]
    public void Thousands_of_documents_listed_in_the_signing_sentence_extract_within_budget_as_at_most_a_page_of_agreements()
    {
        // Each document listed after the verb is an agreement of its own (DocumentListInSentence); a page frames at most 64.
        var result = ExtractWithinBudget(HundredKilobytes(
            "Sáng 6/5, Bộ Y tế và Bộ Tài chính đã ký 3 văn kiện là: ", n => $"Hiệp định về hợp tác số {n}; ", "Hiệp định về hợp tác cuối."));
        output.WriteLine($"{result.Agreements.Count} agreements");
        Assert.InRange(result.Agreements.Count, 2, 64);
    }

    /// <summary><paramref name="head"/>, then the numbered <paramref name="part"/> until 100 KB, then <paramref name="tail"/>.</summary>
    private static string HundredKilobytes(string head, Func<int, string> part, string tail)
    {
        var sb = new StringBuilder(head);
        for (var n = 1; sb.Length < 100_000; n++)
        {
            sb.Append(part(n));
        }
        return sb.Append(tail).ToString();
    }

    /// <summary>Extracts a crafted page and asserts it took less than the allowed time.</summary>
    private ExtractedArticle ExtractWithinBudget(string text)
    {
        var watch = Stopwatch.StartNew();
        var result = Extractor.Extract(new Article("hostile", "hostile.txt", null, null, null, null, null, text));
        watch.Stop();
        var allowed = Allowed;
        output.WriteLine($"{watch.Elapsed.TotalMilliseconds:F0} ms (allowed {allowed.TotalMilliseconds:F0} ms)");
        Assert.True(watch.Elapsed < allowed, $"{watch.Elapsed.TotalSeconds:F1} s, allowed {allowed.TotalSeconds:F1} s");
        return result;
    }

    /// <summary>The fastest of three extractions of 100 KB made of the seed articles, end to end.</summary>
    private static TimeSpan MeasureBaseline()
    {
        var seeds = Directory.GetFiles(Path.Combine(RepoPaths.Root, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var sb = new StringBuilder();
        while (sb.Length < 100_000)
        {
            foreach (var seed in seeds)
            {
                sb.Append(seed).Append('\n');
            }
        }
        var article = new Article("baseline", "baseline.txt", null, null, null, null, null, sb.ToString());
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            Extractor.Extract(article);
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }
        return best;
    }
}
