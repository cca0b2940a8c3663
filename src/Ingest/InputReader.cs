using System.IO.Compression;
using Extraction.Ingest.Inputs;

namespace Extraction.Ingest;

/// <summary>
/// Enumerates the documents behind the paths a user gives: files, folders (recursive), gzip files, JSON Lines
/// of pages, WARC / WARC.gz archives, and "-" for standard input. Lazy, one document at a time, so memory stays
/// flat however large the input; a bad file or record becomes a failed item naming it, never an exception.
/// </summary>
public static class InputReader
{
    private const int SniffBytes = 4096;

    /// <summary>The path meaning standard input.</summary>
    public const string StandardInput = "-";

    public static IEnumerable<InputItem> Read(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return ReadAll(paths, Console.OpenStandardInput);
    }

    /// <summary>As <see cref="Read(IEnumerable{string})"/>, with standard input supplied (for tests and hosts).</summary>
    public static IEnumerable<InputItem> Read(IEnumerable<string> paths, Func<Stream> standardInput)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(standardInput);
        return ReadAll(paths, standardInput);
    }

    /// <summary>Whether a file name is one a folder walk reads (.txt, .html, .jsonl, .warc, each optionally .gz).</summary>
    public static bool IsSupported(string path) => InputSniffer.FromName(path) is not null;

    /// <summary>The document kind a file name implies, or null when the file is not an input we read.</summary>
    public static DocumentKind? KindOf(string path) => InputSniffer.FromName(path) switch
    {
        InputFormat.Html => DocumentKind.Html,
        InputFormat.Text => DocumentKind.Text,
        _ => null,
    };

    private static IEnumerable<InputItem> ReadAll(IEnumerable<string> paths, Func<Stream> standardInput)
    {
        foreach (var path in paths)
        {
            IEnumerable<InputItem> items;
            if (path == StandardInput)
            {
                items = ReadStream(StandardInput, () => standardInput(), null);
            }
            else if (Directory.Exists(path))
            {
                items = ReadFolder(path);
            }
            else if (File.Exists(path))
            {
                items = ReadStream(path, () => File.OpenRead(path), InputSniffer.FromName(path));
            }
            else
            {
                items = [InputItem.Failed(path, "no such file or folder")];
            }
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<InputItem> ReadFolder(string folder)
    {
        IEnumerable<string> files;
        string? error = null;
        try
        {
            files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => InputSniffer.FromName(f) is not null)
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            files = [];
            error = e.Message;
        }
        if (error is not null)
        {
            yield return InputItem.Failed(folder, error);
        }
        foreach (var file in files)
        {
            foreach (var item in ReadStream(file, () => File.OpenRead(file), InputSniffer.FromName(file)))
            {
                yield return item;
            }
        }
    }

    /// <summary>Opens one input (gunzipping when needed), tells its format, and yields its documents.</summary>
    private static IEnumerable<InputItem> ReadStream(string path, Func<Stream> open, InputFormat? named)
    {
        Stream? stream = null;
        InputFormat format = default;
        string? error = null;
        try
        {
            var raw = PrefixedStream.Peek(open(), SniffBytes, out var head);
            stream = raw;
            if (InputSniffer.IsGzip(head))
            {
                stream = PrefixedStream.Peek(new GZipStream(raw, CompressionMode.Decompress), SniffBytes, out head);
            }
            format = named ?? InputSniffer.FromContent(head);
            // A name can lie (".txt" holding a WARC); containers are told by content.
            if (format is InputFormat.Text or InputFormat.Html && InputSniffer.FromContent(head) == InputFormat.Warc)
            {
                format = InputFormat.Warc;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            error = e.Message;
            stream?.Dispose();
            stream = null;
        }
        if (stream is null)
        {
            yield return InputItem.Failed(path, error ?? "cannot open");
            yield break;
        }
        using (stream)
        {
            var items = format switch
            {
                InputFormat.JsonLines => JsonLinesReader.Read(stream, path),
                InputFormat.Warc => WarcReader.Read(stream, path),
                _ => [ReadWhole(stream, path, format == InputFormat.Html ? DocumentKind.Html : DocumentKind.Text)],
            };
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    private static InputItem ReadWhole(Stream stream, string path, DocumentKind kind)
    {
        try
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return InputItem.Of(new RawDocument(path, buffer.ToArray(), null, null, kind));
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            return InputItem.Failed(path, e.Message);
        }
    }
}
