using System.IO.Compression;

namespace Extraction.Ingest;

/// <summary>
/// Enumerates the documents behind the paths a user gives: files, folders (recursive), gzip files.
/// Lazy, one document at a time, so memory stays flat however large the input.
/// </summary>
public static class InputReader
{
    private static readonly string[] TextExtensions = [".txt"];
    private static readonly string[] HtmlExtensions = [".html", ".htm"];

    public static IEnumerable<InputItem> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    if (KindOf(file) is not null)
                    {
                        yield return ReadFile(file);
                    }
                }
            }
            else if (File.Exists(path))
            {
                yield return ReadFile(path);
            }
            else
            {
                yield return InputItem.Failed(path, "no such file or folder");
            }
        }
    }

    /// <summary>The document kind a file name implies, or null when the file is not an input we read.</summary>
    public static DocumentKind? KindOf(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var ext = Path.GetExtension(name).ToLowerInvariant();
        if (TextExtensions.Contains(ext))
        {
            return DocumentKind.Text;
        }
        return HtmlExtensions.Contains(ext) ? DocumentKind.Html : null;
    }

    private static InputItem ReadFile(string path)
    {
        try
        {
            var kind = KindOf(path) ?? DocumentKind.Text;
            byte[] bytes;
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
                using var buffer = new MemoryStream();
                gz.CopyTo(buffer);
                bytes = buffer.ToArray();
            }
            else
            {
                bytes = File.ReadAllBytes(path);
            }
            return InputItem.Of(new RawDocument(path, bytes, null, null, kind));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return InputItem.Failed(path, e.Message);
        }
    }
}
