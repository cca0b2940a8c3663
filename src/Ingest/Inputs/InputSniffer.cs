using System.Text;

namespace Extraction.Ingest.Inputs;

/// <summary>Tells an input's format from its name, or from its first bytes when the name says nothing (stdin).</summary>
internal static class InputSniffer
{
    public static bool IsGzip(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B;

    /// <summary>The format a file name implies (".gz" looked through), or null when the name is not one we read.</summary>
    public static InputFormat? FromName(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".txt" => InputFormat.Text,
            ".html" or ".htm" or ".xhtml" => InputFormat.Html,
            ".jsonl" or ".ndjson" => InputFormat.JsonLines,
            ".warc" or ".arc" => InputFormat.Warc,
            _ => null,
        };
    }

    /// <summary>The format the first bytes suggest: "WARC/", a JSON object, markup, else plain text.</summary>
    public static InputFormat FromContent(ReadOnlySpan<byte> head)
    {
        var start = 0;
        if (head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
        {
            start = 3;
        }
        while (start < head.Length && head[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }
        var rest = head[start..];
        if (rest.StartsWith("WARC/"u8))
        {
            return InputFormat.Warc;
        }
        if (rest.Length > 0 && rest[0] == (byte)'{')
        {
            return InputFormat.JsonLines;
        }
        if (rest.Length > 0 && rest[0] == (byte)'<')
        {
            var probe = Encoding.ASCII.GetString(rest[..Math.Min(rest.Length, 512)]).ToLowerInvariant();
            if (probe.Contains("<html", StringComparison.Ordinal) || probe.Contains("<!doctype", StringComparison.Ordinal)
                || probe.Contains("<head", StringComparison.Ordinal) || probe.Contains("<body", StringComparison.Ordinal)
                || probe.Contains("<div", StringComparison.Ordinal) || probe.Contains("<p", StringComparison.Ordinal))
            {
                return InputFormat.Html;
            }
        }
        return InputFormat.Text;
    }
}
