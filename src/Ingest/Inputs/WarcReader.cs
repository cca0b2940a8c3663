using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Extraction.Ingest.Inputs;

/// <summary>
/// Streams the HTML (and plain-text) responses out of a WARC file as Common Crawl publishes them: one record in
/// memory at a time; charset from the HTTP Content-Type header; Source and Url are the WARC-Target-URI.
/// Requests, metadata, redirects and non-text payloads are passed over.
/// </summary>
internal static class WarcReader
{
    private const int MaxLineBytes = 1 << 16;

    /// <param name="recordsBefore">Records in the file before this stream's first (a range read from its middle), so #recordN names stay the whole file's.</param>
    public static IEnumerable<InputItem> Read(Stream stream, string path, InputLimits limits, int recordsBefore = 0)
    {
        using var input = new BufferedStream(stream, 1 << 16);
        var number = recordsBefore;
        while (true)
        {
            WarcRecord? record;
            string? error = null;
            try
            {
                record = ReadRecord(input, limits.MaxPageBytes);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or FormatException)
            {
                record = null;
                error = e.Message;
            }
            if (error is not null)
            {
                // A broken record leaves no reliable way to the next one: report it and stop this file.
                yield return InputItem.Failed($"{path}#record{number + 1}", error);
                yield break;
            }
            if (record is null)
            {
                yield break;
            }
            number++;
            var item = ToItem(record, $"{path}#record{number}", limits);
            if (item is not null)
            {
                yield return item;
            }
        }
    }

    /// <summary>
    /// The byte offset of every record of an uncompressed WARC, from headers alone (blocks are seeked past,
    /// not read), so a big file can be cut into ranges a reader seeks to.
    /// </summary>
    public static IEnumerable<long> RecordOffsets(Stream seekable)
    {
        using var input = new BufferedStream(seekable, 1 << 16);
        while (true)
        {
            var headers = ReadHeaders(input, nameOffset: true, out var start);
            if (headers is null)
            {
                yield break;
            }
            yield return start;
            input.Seek(ContentLength(headers, $" at byte {start}"), SeekOrigin.Current);
        }
    }

    private static InputItem? ToItem(WarcRecord record, string recordSource, InputLimits limits)
    {
        var type = record.Header("WARC-Type");
        var uri = record.Header("WARC-Target-URI")?.Trim('<', '>', ' ');
        var source = string.IsNullOrEmpty(uri) ? recordSource : uri;
        if (record.Oversized)
        {
            // Its block was skipped unread; a page record that size is reported, other records pass as they would.
            return type is not null && (type.Equals("response", StringComparison.OrdinalIgnoreCase) || type.Equals("resource", StringComparison.OrdinalIgnoreCase))
                ? InputItem.Failed(source, limits.PageTooLarge)
                : null;
        }
        if (string.Equals(type, "resource", StringComparison.OrdinalIgnoreCase))
        {
            var kind = KindOf(record.Header("Content-Type"));
            return kind is null ? null : InputItem.Of(new RawDocument(source, record.Block, uri, CharsetOf(record.Header("Content-Type")), kind.Value));
        }
        if (!string.Equals(type, "response", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var http = HttpMessage.Parse(record.Block);
        if (http is null)
        {
            return InputItem.Failed(source, "response record without an HTTP header");
        }
        if (http.Status is < 200 or >= 300)
        {
            return null;
        }
        var contentType = http.Header("Content-Type");
        var docKind = KindOf(contentType);
        if (docKind is null)
        {
            return null;
        }
        try
        {
            var body = http.Body(record.Block, limits);
            return InputItem.Of(new RawDocument(source, body, uri, CharsetOf(contentType), docKind.Value));
        }
        catch (InputLimitException e)
        {
            return InputItem.Failed(source, e.Message);
        }
        catch (InvalidDataException e)
        {
            return InputItem.Failed(source, "cannot decode HTTP body: " + e.Message);
        }
    }

    /// <summary>HTML or plain text by MIME type; missing type counts as HTML (crawlers fetch pages).</summary>
    private static DocumentKind? KindOf(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return DocumentKind.Html;
        }
        var mime = contentType.Split(';')[0].Trim().ToLowerInvariant();
        return mime switch
        {
            "text/html" or "application/xhtml+xml" => DocumentKind.Html,
            "text/plain" => DocumentKind.Text,
            _ => null,
        };
    }

    public static string? CharsetOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }
        foreach (var part in contentType.Split(';'))
        {
            var p = part.Trim();
            if (p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))
            {
                var value = p[8..].Trim().Trim('"', '\'').Trim();
                return value.Length == 0 ? null : value;
            }
        }
        return null;
    }

    private static WarcRecord? ReadRecord(Stream input, long maxBlockBytes)
    {
        var headers = ReadHeaders(input, nameOffset: false, out _);
        if (headers is null)
        {
            return null;
        }
        var length = ContentLength(headers, "");
        if (length > maxBlockBytes)
        {
            Skip(input, length);
            return new WarcRecord(headers, []) { Oversized = true };
        }
        var block = new byte[length];
        input.ReadExactly(block);
        return new WarcRecord(headers, block);
    }

    /// <summary>
    /// A record's header block, blank lines before it skipped; null at the end of the input. <paramref name="start"/>
    /// is the version line's offset when the input can tell it, named in errors when <paramref name="nameOffset"/>.
    /// </summary>
    private static Dictionary<string, string>? ReadHeaders(Stream input, bool nameOffset, out long start)
    {
        start = -1;
        string? version;
        do
        {
            if (input.CanSeek)
            {
                start = input.Position;
            }
            version = ReadLine(input);
            if (version is null)
            {
                return null;
            }
        }
        while (version.Length == 0);
        var where = nameOffset ? $" at byte {start}" : "";
        if (!version.StartsWith("WARC/", StringComparison.Ordinal))
        {
            throw new FormatException($"expected a WARC record{where}, found \"{Shorten(version)}\"");
        }
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            var line = ReadLine(input) ?? throw new InvalidDataException($"WARC header cut short{where}");
            if (line.Length == 0)
            {
                return headers;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }
    }

    private static long ContentLength(Dictionary<string, string> headers, string where) =>
        headers.TryGetValue("Content-Length", out var text)
        && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var length) && length >= 0
            ? length
            : throw new FormatException($"WARC record{where} without a valid Content-Length");

    private static void Skip(Stream input, long count)
    {
        var buffer = new byte[81920];
        while (count > 0)
        {
            var read = input.Read(buffer, 0, (int)Math.Min(buffer.Length, count));
            if (read == 0)
            {
                throw new EndOfStreamException("WARC block cut short");
            }
            count -= read;
        }
    }

    /// <summary>One header line (CRLF or LF ended), as UTF-8; null at end of stream.</summary>
    private static string? ReadLine(Stream input)
    {
        var bytes = new List<byte>(128);
        while (true)
        {
            var b = input.ReadByte();
            if (b < 0)
            {
                return bytes.Count == 0 ? null : Encoding.UTF8.GetString(bytes.ToArray()).TrimEnd('\r');
            }
            if (b == '\n')
            {
                return Encoding.UTF8.GetString(bytes.ToArray()).TrimEnd('\r');
            }
            if (bytes.Count >= MaxLineBytes)
            {
                throw new FormatException("WARC header line too long");
            }
            bytes.Add((byte)b);
        }
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
