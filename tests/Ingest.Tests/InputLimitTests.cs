using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Extraction.Ingest.Tests;

/// <summary>Size limits (page, file on disk, decompressed) stop hostile inputs early, with a message naming the limit.</summary>
public sealed class InputLimitTests : IDisposable
{
    private readonly Scratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void A_page_over_the_page_limit_is_reported_naming_the_limit()
    {
        var seed = _scratch.Seed("a.txt");
        var limits = InputLimits.Default with { MaxPageBytes = 1000 };

        var item = Assert.Single(InputReader.Read([seed], limits));

        Assert.Null(item.Document);
        Assert.Equal("larger than the page size limit of 1,000 bytes (--max-page-size)", item.Error);
    }

    [Fact]
    public void A_page_of_exactly_the_limit_is_read()
    {
        var seed = _scratch.Seed("a.txt");
        var limits = InputLimits.Default with { MaxPageBytes = new FileInfo(seed).Length };

        Assert.NotNull(Assert.Single(InputReader.Read([seed], limits)).Document);
    }

    [Fact]
    public void A_gzip_bomb_stops_at_the_page_limit_quickly()
    {
        var bomb = _scratch.Path("bomb.html.gz");
        using (var gz = new GZipStream(File.Create(bomb), CompressionLevel.Fastest))
        {
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 256; i++)
            {
                gz.Write(zeros); // 256 MB of zeros in a file of a few hundred KB
            }
        }
        var clock = Stopwatch.StartNew();

        var item = Assert.Single(InputReader.Read([bomb]));

        Assert.Contains("page size limit of 8 MiB (--max-page-size)", item.Error, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_container_stops_at_the_decompressed_limit_naming_it()
    {
        var path = _scratch.Path("pages.jsonl.gz");
        var line = JsonSerializer.Serialize(new { url = "https://a.vn/1", text = File.ReadAllText(_scratch.Seed("a.txt")) }) + "\n";
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            for (var i = 0; i < 50; i++)
            {
                gz.Write(Encoding.UTF8.GetBytes(line));
            }
        }
        var limits = InputLimits.Default with { MaxDecompressedBytes = 20 * Encoding.UTF8.GetByteCount(line) };

        var items = InputReader.Read([path], limits).ToList();

        // Reading is buffered, so the stop comes a buffer ahead of the record that crosses the limit.
        Assert.InRange(items.Count(i => i.Document is not null), 1, 20);
        Assert.Contains("(--max-decompressed-size)", items[^1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_file_size_limit_is_not_opened()
    {
        var seed = _scratch.Seed("a.txt");
        var limits = InputLimits.Default with { MaxFileBytes = 100 };

        var item = Assert.Single(InputReader.Read([seed], limits));

        Assert.Contains("over the file size limit of 100 bytes (--max-file-size)", item.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_lines_record_over_the_page_limit_fails_alone()
    {
        var path = _scratch.Path("p.jsonl");
        var small = JsonSerializer.Serialize(new { url = "https://a.vn/1", text = "Ký kết chương trình phối hợp." });
        var big = JsonSerializer.Serialize(new { url = "https://a.vn/2", text = new string('x', 5000) });
        File.WriteAllLines(path, [small, big, small.Replace("/1", "/3", StringComparison.Ordinal)]);
        var limits = InputLimits.Default with { MaxPageBytes = 1000 };

        var items = InputReader.Read([path], limits).ToList();

        Assert.Equal(["https://a.vn/1", path + "#line2", "https://a.vn/3"], items.Select(i => i.Source));
        Assert.Contains("--max-page-size", items[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warc_response_over_the_page_limit_is_reported_and_the_next_record_read()
    {
        var path = _scratch.Path("c.warc");
        var page = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>"u8.ToArray();
        using (var file = File.Create(path))
        {
            InputReaderTests.WriteRecord(file, false, "response", "https://a.vn/big", "application/http; msgtype=response", [.. page, .. new byte[4000].Select(_ => (byte)'x')]);
            InputReaderTests.WriteRecord(file, false, "response", "https://a.vn/small", "application/http; msgtype=response", [.. page, .. "Ký kết"u8.ToArray()]);
        }
        var limits = InputLimits.Default with { MaxPageBytes = 1000 };

        var items = InputReader.Read([path], limits).ToList();

        Assert.Equal(["https://a.vn/big", "https://a.vn/small"], items.Select(i => i.Source));
        Assert.Contains("--max-page-size", items[0].Error, StringComparison.Ordinal);
        Assert.NotNull(items[1].Document);
    }

    [Fact]
    public void A_truncated_gz_page_is_reported_not_stored_half_read()
    {
        var text = File.ReadAllBytes(_scratch.Seed("a.txt"));
        using var whole = new MemoryStream();
        using (var gz = new GZipStream(whole, CompressionLevel.Optimal, leaveOpen: true))
        {
            gz.Write([.. text, .. text, .. text]);
        }
        var bytes = whole.ToArray();
        var cut = _scratch.Write("cut.txt.gz", bytes[..(bytes.Length / 2)]);
        var intact = _scratch.Write("whole.txt.gz", bytes);

        var items = InputReader.Read([cut, intact]).ToList();

        Assert.Contains("truncated gzip", items[0].Error, StringComparison.Ordinal);
        Assert.Equal(text.Length * 3, items[1].Document!.Content.Length);
    }
}
