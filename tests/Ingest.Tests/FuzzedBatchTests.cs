using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace Extraction.Ingest.Tests;

/// <summary>
/// A seeded batch of mutated real pages, JSON Lines records and WARC records read and cleaned in one go:
/// nothing escapes as an exception, nothing hangs, every skip names its input and says why, and the
/// intact pages come through.
/// </summary>
public sealed class FuzzedBatchTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 20261203;
    private const int Pages = 1000;

    private static readonly string[] Hostile =
    [
        "&#xD800;", "&#xDFFF;&#x110000;&#0;&#99999999999;", "<meta charset=\"utf-7\">", "\0\0\0", "\uFEFF", "<![CDATA[", "<!--",
        "<script>", string.Concat(Enumerable.Repeat("<div>", 3000)), "<p title=\"" + new string('x', 20000), "\u202E\u200B\u00AD",
        "Ngày 31/02/2023", "ký kết với ", "Ủy ban nhân dân tỉnh ", "1.", "\r\r\r\n\n", "&amp;&lt;&#x26;&#38",
    ];

    private readonly Scratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void A_fuzzed_batch_never_crashes_or_hangs_names_each_bad_record_and_keeps_the_good_ones()
    {
        var random = new Random(Seed);
        var originals = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "corpus"), "*.txt"))
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var folder = Directory.CreateDirectory(_scratch.Path("batch")).FullName;
        for (var i = 0; i < Pages; i++)
        {
            var text = originals[random.Next(originals.Count)];
            var html = i % 2 == 1;
            var content = Encoding.UTF8.GetBytes(html ? "<html><body><article><p>" + text.Replace("\n", "</p><p>", StringComparison.Ordinal) + "</p></article></body></html>" : text);
            var name = $"p{i:D4}{(html ? ".html" : ".txt")}";
            if (i % 10 == 0)
            {
                File.WriteAllBytes(Path.Combine(folder, name), content); // intact: must come through
                continue;
            }
            content = Mutate(content, random);
            if (i % 7 == 0)
            {
                content = Gzip(content);
                content = random.Next(2) == 0 ? content[..random.Next(content.Length)] : content;
                name += ".gz";
            }
            File.WriteAllBytes(Path.Combine(folder, name), content);
        }
        File.WriteAllLines(Path.Combine(folder, "records.jsonl"), Enumerable.Range(0, 200).Select(i => JsonRecord(originals[i % originals.Count], i, random)));
        File.WriteAllBytes(Path.Combine(folder, "crawl.warc"), Warc(originals, random));

        var pipeline = new IngestPipeline();
        var failed = 0;
        var cleaned = 0;
        var slowest = TimeSpan.Zero;
        var total = Stopwatch.StartNew();
        foreach (var item in InputReader.Read([folder]))
        {
            Assert.False(string.IsNullOrEmpty(item.Source));
            if (item.Document is null)
            {
                Assert.False(string.IsNullOrWhiteSpace(item.Error), $"{item.Source} failed without a reason");
                failed++;
                continue;
            }
            var clock = Stopwatch.StartNew();
            var article = pipeline.Clean(item.Document);
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            Assert.Same(article.Text, Text.LoneSurrogates.Replace(article.Text)); // no lone surrogate left to break output
            cleaned++;
        }

        output.WriteLine($"seed {Seed}: {cleaned} cleaned, {failed} skipped with a reason, slowest page {slowest.TotalMilliseconds:F0} ms, batch {total.Elapsed.TotalSeconds:F1} s");
        Assert.True(failed > 0, "the mutations should make some inputs unreadable");
        Assert.True(cleaned >= Pages / 10, $"only {cleaned} pages came through");
        Assert.True(slowest < TimeSpan.FromSeconds(5), $"one page took {slowest}");
        Assert.True(total.Elapsed < TimeSpan.FromSeconds(120), $"the batch took {total.Elapsed}");
    }

    private static byte[] Mutate(byte[] content, Random random)
    {
        var bytes = new List<byte>(content);
        var edits = random.Next(1, 6);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 200)));
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Hostile[random.Next(Hostile.Length)]));
                    break;
                case 3:
                    var noise = new byte[random.Next(1, 64)];
                    random.NextBytes(noise);
                    bytes.InsertRange(at, noise);
                    break;
                case 4:
                    bytes.RemoveRange(at, bytes.Count - at); // cut short
                    break;
                default:
                    bytes.InsertRange(at, bytes.GetRange(0, Math.Min(bytes.Count, random.Next(1, 2000)))); // repeat a stretch
                    break;
            }
        }
        return [.. bytes];
    }

    private static string JsonRecord(string text, int i, Random random)
    {
        var line = JsonSerializer.Serialize(new { url = $"https://fuzz.vn/{i}", text });
        return (i % 4) switch
        {
            0 => line,
            1 => line.Insert(line.IndexOf("\"text\":\"", StringComparison.Ordinal) + 8, random.Next(2) == 0 ? "\\ud800" : "\\udfff\\ud800"),
            2 => line[..random.Next(line.Length)],
            _ => Encoding.UTF8.GetString(Mutate(Encoding.UTF8.GetBytes(line), random)).ReplaceLineEndings(" "),
        };
    }

    private static byte[] Warc(List<string> originals, Random random)
    {
        using var file = new MemoryStream();
        for (var i = 0; i < 50; i++)
        {
            var body = Encoding.UTF8.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>" + originals[i % originals.Count] + "</p></body></html>");
            InputReaderTests.WriteRecord(file, false, "response", $"https://fuzz.vn/w{i}", "application/http; msgtype=response", i % 3 == 0 ? body : Mutate(body, random));
        }
        var bytes = file.ToArray();
        return Mutate(bytes, random); // the container itself damaged too
    }

    private static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(content);
        }
        return output.ToArray();
    }
}
