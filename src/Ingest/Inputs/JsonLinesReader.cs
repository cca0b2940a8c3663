using System.Text;
using System.Text.Json;

namespace Extraction.Ingest.Inputs;

/// <summary>
/// Reads JSON Lines of pages, one object a line: {"url", "html"} or {"url", "text"}. A bad line is reported
/// as a failed item naming "path#lineN" and reading goes on.
/// </summary>
internal static class JsonLinesReader
{
    public static IEnumerable<InputItem> Read(Stream stream, string path)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var lineNumber = 0;
        while (true)
        {
            string? line;
            string? readError = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                line = null;
                readError = e.Message;
            }
            if (readError is not null)
            {
                yield return InputItem.Failed($"{path}#line{lineNumber + 1}", readError);
                yield break;
            }
            if (line is null)
            {
                yield break;
            }
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            yield return Parse(line, $"{path}#line{lineNumber}");
        }
    }

    private static InputItem Parse(string line, string lineSource)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return InputItem.Failed(lineSource, "not a JSON object");
            }
            var url = String(root, "url");
            var html = String(root, "html");
            var text = html is null ? String(root, "text") ?? String(root, "content") : null;
            if (html is null && text is null)
            {
                return InputItem.Failed(lineSource, "no \"html\" or \"text\" field");
            }
            var source = url ?? lineSource;
            var kind = html is not null ? DocumentKind.Html : DocumentKind.Text;
            return InputItem.Of(new RawDocument(source, Encoding.UTF8.GetBytes(html ?? text!), url, "utf-8", kind));
        }
        catch (JsonException e)
        {
            return InputItem.Failed(lineSource, "bad JSON: " + e.Message);
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
