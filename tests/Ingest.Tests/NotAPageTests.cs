using System.Text;

namespace Extraction.Ingest.Tests;

/// <summary>Files that are not pages (empty, programs, PDFs, random bytes, UTF-7) are reported with the reason, not stored as articles.</summary>
public sealed class NotAPageTests : IDisposable
{
    private readonly Scratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    public static TheoryData<string, byte[], string> NotPages()
    {
        var random = new byte[20_000];
        new Random(13).NextBytes(random);
        return new TheoryData<string, byte[], string>
        {
            { "empty.txt", [], "empty" },
            { "blank.html", "  \n\r\n\t "u8.ToArray(), "white space" },
            { "random.txt", random, "binary data" },
            { "random.html", random, "binary data" },
            { "report.txt", "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n"u8.ToArray(), "a PDF document" },
            { "photo.html", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "a PNG image" },
            { "utf7.html", "<html><head><meta charset=\"utf-7\"></head><body><p>+ADw-script+AD4-Ký kết</p></body></html>"u8.ToArray(), "UTF-7" },
            { "utf7-http.html", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-7\"></head><body><p>x</p></body></html>"u8.ToArray(), "UTF-7" },
        };
    }

    [Theory]
    [MemberData(nameof(NotPages))]
    public void Content_that_is_not_a_page_is_reported_with_the_reason(string name, byte[] content, string reason)
    {
        var path = _scratch.Write(name, content);

        var item = Assert.Single(InputReader.Read([path]));

        Assert.Null(item.Document);
        Assert.Equal(path, item.Source);
        Assert.Contains(reason, item.Error, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void A_real_program_named_html_is_reported_as_a_program()
    {
        var program = Environment.ProcessPath!;
        var path = _scratch.Write("program.html", File.ReadAllBytes(program));

        var item = Assert.Single(InputReader.Read([path]));

        Assert.Contains("an ELF program, not a page", item.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warc_response_declaring_utf7_in_its_http_header_is_refused()
    {
        var path = _scratch.Path("c.warc");
        using (var file = File.Create(path))
        {
            var body = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-7\r\n\r\n<html><body><p>+ADw-b+AD4-x</p></body></html>");
            InputReaderTests.WriteRecord(file, false, "response", "https://a.vn/7", "application/http; msgtype=response", body);
        }

        var item = Assert.Single(InputReader.Read([path]));

        Assert.Equal("https://a.vn/7", item.Source);
        Assert.Contains("UTF-7", item.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_text_keeps_its_zero_bytes_and_is_still_a_page()
    {
        var text = File.ReadAllText(_scratch.Seed("s.txt"));
        var path = _scratch.Write("u16.txt", Encoding.Unicode.GetBytes(text));

        var item = Assert.Single(InputReader.Read([path]));

        Assert.NotNull(item.Document);
    }
}
