using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Extraction.Ingest.Tests;

public sealed class InputReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-inputs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string SeedPath(string prefix) => Directory.GetFiles(RepoPaths.Seeds, prefix + "_*.txt").Single();

    private static string SeedText(string prefix) => File.ReadAllText(SeedPath(prefix));

    [Fact]
    public void Reads_seed_files_folders_and_gzip_and_names_what_is_missing()
    {
        var sub = Directory.CreateDirectory(Path.Combine(_dir, "pages")).FullName;
        File.Copy(SeedPath("000"), Path.Combine(sub, "a.txt"));
        using (var gz = new GZipStream(File.Create(Path.Combine(sub, "b.txt.gz")), CompressionLevel.Fastest))
        {
            gz.Write(File.ReadAllBytes(SeedPath("001")));
        }
        File.WriteAllText(Path.Combine(sub, "ignored.css"), "body{}");
        var missing = Path.Combine(_dir, "nope.txt");

        var items = InputReader.Read([sub, missing]).ToList();

        Assert.Equal(3, items.Count);
        Assert.Equal(File.ReadAllBytes(SeedPath("000")), items[0].Document!.Content.ToArray());
        Assert.Equal(File.ReadAllBytes(SeedPath("001")), items[1].Document!.Content.ToArray());
        Assert.Equal(DocumentKind.Text, items[1].Document!.Kind);
        Assert.Null(items[2].Document);
        Assert.Equal(missing, items[2].Source);
        Assert.NotNull(items[2].Error);
    }

    [Fact]
    public void Json_lines_give_one_document_per_line_and_a_bad_line_fails_alone()
    {
        var path = Path.Combine(_dir, "pages.jsonl");
        var lines = new[]
        {
            JsonSerializer.Serialize(new { url = "https://baotravinh.vn/a.html", text = SeedText("001") }),
            "{ not json",
            JsonSerializer.Serialize(new { html = "<html><body><p>" + SeedText("002") + "</p></body></html>" }),
        };
        File.WriteAllLines(path, lines);

        var items = InputReader.Read([path]).ToList();

        Assert.Equal(3, items.Count);
        Assert.Equal("https://baotravinh.vn/a.html", items[0].Source);
        Assert.Equal("https://baotravinh.vn/a.html", items[0].Document!.Url);
        Assert.Equal(DocumentKind.Text, items[0].Document!.Kind);
        Assert.Equal(path + "#line2", items[1].Source);
        Assert.Null(items[1].Document);
        Assert.Equal(path + "#line3", items[2].Source);
        Assert.Equal(DocumentKind.Html, items[2].Document!.Kind);
        var article = TestDocuments.Pipeline.Clean(items[0].Document!);
        Assert.Equal("baotravinh.vn", article.Site);
        Assert.StartsWith("Trà Vinh: Ký kết phối hợp", article.Title);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Warc_response_records_yield_pages_with_target_uri_and_http_charset(bool gzipped)
    {
        var path = Path.Combine(_dir, gzipped ? "crawl.warc.gz" : "crawl.warc");
        var page = "<html><head><title>Thăng Bình ký kết các chương trình phối hợp</title></head><body><h1>Thăng Bình ký kết các chương trình phối hợp</h1>"
            + string.Concat(SeedText("002").Split('\n').Skip(1).Where(l => l.Trim().Length > 0).Select(l => "<p>" + l.Trim() + "</p>")) + "</body></html>";
        using (var file = File.Create(path))
        {
            WriteRecord(file, gzipped, "warcinfo", null, "application/warc-fields", Encoding.UTF8.GetBytes("software: test\r\n"));
            WriteRecord(file, gzipped, "request", "https://quangnam.gov.vn/tin/1", "application/http; msgtype=request", Encoding.ASCII.GetBytes("GET /tin/1 HTTP/1.1\r\nHost: quangnam.gov.vn\r\n\r\n"));
            WriteRecord(file, gzipped, "response", "https://quangnam.gov.vn/tin/1", "application/http; msgtype=response",
                [.. Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"), .. Encoding.UTF8.GetBytes(page)]);
            WriteRecord(file, gzipped, "response", "https://quangnam.gov.vn/logo.png", "application/http; msgtype=response",
                [.. Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n"), 0x89, 0x50]);
            WriteRecord(file, gzipped, "response", "https://quangnam.gov.vn/old", "application/http; msgtype=response",
                Encoding.ASCII.GetBytes("HTTP/1.1 301 Moved\r\nLocation: /tin/1\r\n\r\n"));
        }

        var items = InputReader.Read([path]).ToList();

        var item = Assert.Single(items);
        Assert.Equal("https://quangnam.gov.vn/tin/1", item.Source);
        Assert.Equal("UTF-8", item.Document!.DeclaredCharset);
        Assert.Equal(DocumentKind.Html, item.Document.Kind);
        var article = TestDocuments.Pipeline.Clean(item.Document);
        Assert.Equal("Thăng Bình ký kết các chương trình phối hợp", article.Title);
        Assert.Equal("quangnam.gov.vn", article.Site);
        Assert.Contains("Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”", article.Text);
    }

    [Fact]
    public void A_truncated_warc_fails_naming_the_record_without_throwing()
    {
        var path = Path.Combine(_dir, "broken.warc");
        File.WriteAllText(path, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n");
        var item = Assert.Single(InputReader.Read([path]).ToList());
        Assert.Null(item.Document);
        Assert.Equal(path + "#record1", item.Source);
    }

    [Fact]
    public void Standard_input_is_sniffed_and_read_lazily()
    {
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { url = "https://mattran.org.vn/x", text = SeedText("001") }) + "\n");
        var endless = new RepeatingStream(line);

        var items = InputReader.Read([InputReader.StandardInput], () => endless).Take(3).ToList();

        Assert.Equal(3, items.Count);
        Assert.All(items, i => Assert.Equal("https://mattran.org.vn/x", i.Source));
        Assert.True(endless.BytesRead < 1 << 20, $"read {endless.BytesRead} bytes for three records");
    }

    [Fact]
    public void Standard_input_holding_one_html_page_is_one_html_document()
    {
        var html = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><p>" + SeedText("002") + "</p></body></html>");
        var item = Assert.Single(InputReader.Read([InputReader.StandardInput], () => new MemoryStream(html)).ToList());
        Assert.Equal(DocumentKind.Html, item.Document!.Kind);
        Assert.Equal("-", item.Source);
    }

    internal static void WriteRecord(Stream file, bool gzipped, string type, string? uri, string contentType, byte[] block)
    {
        var header = new StringBuilder();
        header.Append("WARC/1.0\r\nWARC-Type: ").Append(type).Append("\r\n");
        if (uri is not null)
        {
            header.Append("WARC-Target-URI: ").Append(uri).Append("\r\n");
        }
        header.Append("Content-Type: ").Append(contentType).Append("\r\nContent-Length: ").Append(block.Length).Append("\r\n\r\n");
        byte[] record = [.. Encoding.UTF8.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8.ToArray()];
        if (!gzipped)
        {
            file.Write(record);
            return;
        }
        // Common Crawl compresses each record as its own gzip member.
        using var member = new MemoryStream();
        using (var gz = new GZipStream(member, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(record);
        }
        file.Write(member.ToArray());
    }
}
