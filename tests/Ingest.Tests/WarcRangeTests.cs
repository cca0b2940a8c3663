using System.IO.Compression;
using System.Text;

namespace Extraction.Ingest.Tests;

/// <summary>A WARC cut into record ranges by byte offset reads, range by range, as the whole file does.</summary>
public sealed class WarcRangeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("warc-ranges-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Ranges_read_one_after_another_give_the_whole_files_documents_and_record_names()
    {
        var path = Path.Combine(folder, "crawl.warc");
        File.WriteAllBytes(path, Warc(10));

        var ranges = WarcRanges.Split(path, 3)!;
        var whole = InputReader.Read([path]).ToList();
        var pieced = ranges.SelectMany(r => InputReader.ReadWarcRange(path, r, InputLimits.Default)).ToList();

        Assert.Equal([3, 3, 3, 3, 3, 2], ranges.Select(r => r.Records));
        Assert.Equal(0, ranges[0].Start);
        Assert.Equal(new FileInfo(path).Length, ranges[^1].End);
        Assert.All(ranges.Zip(ranges.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
        Assert.Equal(15, whole.Count); // 17 records less the 2 requests
        Assert.Equal(whole.Select(i => i.Source), pieced.Select(i => i.Source));
        Assert.Equal(whole.Select(i => Encoding.UTF8.GetString(i.Document!.Content.Span)), pieced.Select(i => Encoding.UTF8.GetString(i.Document!.Content.Span)));
        Assert.Contains(pieced, i => i.Source.EndsWith("#record17", StringComparison.Ordinal));
    }

    [Fact]
    public void A_gzipped_warc_is_not_cut()
    {
        var path = Path.Combine(folder, "crawl.warc.gz");
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            gz.Write(Warc(4));
        }

        Assert.Null(WarcRanges.Split(path, 2));
    }

    /// <summary>n pages with URLs, 2 requests (counted as records, not read as pages) and the rest resources without a URL.</summary>
    private static byte[] Warc(int n)
    {
        var w = new MemoryStream();
        void Record(string type, string? uri, string contentType, string block)
        {
            var bytes = Encoding.UTF8.GetBytes(block);
            var target = uri is null ? "" : $"WARC-Target-URI: {uri}\r\n";
            w.Write(Encoding.ASCII.GetBytes($"WARC/1.0\r\nWARC-Type: {type}\r\n{target}Content-Type: {contentType}\r\nContent-Length: {bytes.Length}\r\n\r\n"));
            w.Write(bytes);
            w.Write("\r\n\r\n"u8);
        }
        for (var i = 0; i < n; i++)
        {
            var body = $"Bài số {i}: Hai bên đã trao đổi về hợp tác phát triển trong nhiều lĩnh vực, từ kinh tế đến giáo dục và y tế, trong năm tới.";
            Record("response", $"http://news.test/{i}", "application/http; msgtype=response", $"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}");
            if (i % 5 == 1)
            {
                Record("request", $"http://news.test/{i}", "application/http; msgtype=request", "GET / HTTP/1.1\r\n\r\n");
            }
        }
        for (var i = 0; i < 5; i++)
        {
            Record("resource", null, "text/plain", $"Ghi chép {i}: cuộc họp bàn về kế hoạch phối hợp giữa các đơn vị trong quý tới, với nhiều nội dung cụ thể.");
        }
        return w.ToArray();
    }
}
