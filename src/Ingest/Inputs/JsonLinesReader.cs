using System.Text;
using System.Text.Json;

namespace Extraction.Ingest.Inputs;

/// <summary>
/// Reads JSON Lines of pages, one object a line: {"url", "html"} or {"url", "text"}. A bad line (broken
/// JSON, a lone surrogate escape, a line over the page size limit) is reported as a failed item naming
/// "path#lineN" and reading goes on.
/// </summary>
internal static class JsonLinesReader
{
    public static IEnumerable<InputItem> Read(Stream stream, string path, InputLimits limits)
    {
        var reader = new LineReader(stream, limits.MaxPageBytes);
        var lineNumber = 0;
        while (true)
        {
            byte[]? line;
            var tooLong = false;
            string? readError = null;
            try
            {
                line = reader.ReadLine(out tooLong);
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
            var lineSource = $"{path}#line{lineNumber}";
            if (tooLong)
            {
                yield return InputItem.Failed(lineSource, limits.PageTooLarge);
                continue;
            }
            var text = Encoding.UTF8.GetString(lineNumber == 1 && line.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? line[3..] : line);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            yield return Parse(text, lineSource);
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
        catch (InvalidOperationException)
        {
            // Valid JSON syntax, but a string holding "\ud800" with no pair is not text; skip the record, not the run.
            return InputItem.Failed(lineSource, "a string holds a lone surrogate escape (such as \\ud800): not valid Unicode text");
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
