using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Extraction.Ingest.Inputs;

/// <summary>The HTTP response inside a WARC response record: status, headers, and where the body starts.</summary>
internal sealed class HttpMessage
{
    private readonly Dictionary<string, string> _headers;
    private readonly int _bodyStart;

    private HttpMessage(int status, Dictionary<string, string> headers, int bodyStart)
    {
        Status = status;
        _headers = headers;
        _bodyStart = bodyStart;
    }

    public int Status { get; }

    public string? Header(string name) => _headers.TryGetValue(name, out var v) ? v : null;

    public static HttpMessage? Parse(byte[] block)
    {
        var end = IndexOf(block, "\r\n\r\n"u8);
        var separator = 4;
        if (end < 0)
        {
            end = IndexOf(block, "\n\n"u8);
            separator = 2;
        }
        if (end < 0)
        {
            return null;
        }
        var head = Encoding.Latin1.GetString(block, 0, end).Split('\n');
        var statusParts = head[0].Trim().Split(' ', 3);
        if (statusParts.Length < 2 || !statusParts[0].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase)
            || !int.TryParse(statusParts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            return null;
        }
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in head.Skip(1))
        {
            var line = raw.TrimEnd('\r');
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }
        return new HttpMessage(status, headers, end + separator);
    }

    /// <summary>The body, de-chunked and gunzipped when the headers say so (Common Crawl usually stores it plain).</summary>
    public byte[] Body(byte[] block, InputLimits limits)
    {
        var body = block.AsSpan(_bodyStart).ToArray();
        if (Header("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true && TryDechunk(body, out var plain))
        {
            body = plain;
        }
        var encoding = Header("Content-Encoding");
        if (encoding is not null && (encoding.Contains("gzip", StringComparison.OrdinalIgnoreCase)) && body.Length >= 2 && body[0] == 0x1F && body[1] == 0x8B)
        {
            // Bounded: a gzip bomb inside one HTTP response stops at the page size limit.
            using var gz = new LimitedStream(new GZipStream(new MemoryStream(body), CompressionMode.Decompress), limits.MaxPageBytes, limits.PageTooLarge);
            using var output = new MemoryStream();
            gz.CopyTo(output);
            body = output.ToArray();
        }
        return body;
    }

    private static bool TryDechunk(byte[] body, out byte[] plain)
    {
        plain = [];
        using var output = new MemoryStream(body.Length);
        var i = 0;
        while (i < body.Length)
        {
            var lineEnd = Array.IndexOf(body, (byte)'\n', i);
            if (lineEnd < 0)
            {
                return false;
            }
            var sizeText = Encoding.ASCII.GetString(body, i, lineEnd - i).Trim().Split(';')[0];
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                return false;
            }
            i = lineEnd + 1;
            if (size == 0)
            {
                plain = output.ToArray();
                return true;
            }
            if (i + size > body.Length)
            {
                return false;
            }
            output.Write(body, i, size);
            i += size;
            while (i < body.Length && body[i] is (byte)'\r' or (byte)'\n')
            {
                i++;
            }
        }
        plain = output.ToArray();
        return true;
    }

    private static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle);
}
