using System.IO.Compression;
using Extraction.Ingest.Inputs;

namespace Extraction.Ingest;

/// <summary>
/// Enumerates the documents behind the paths a user gives: files, folders (recursive), gzip files, JSON Lines
/// of pages, WARC / WARC.gz archives, and "-" for standard input. Lazy, one document at a time, so memory stays
/// flat however large the input; a bad file or record becomes a failed item naming it, never an exception.
/// Only regular files are read, each once however many links lead to it, within <see cref="InputLimits"/>;
/// content that is not a page (empty, binary, a PDF, UTF-7) is a failed item saying why.
/// </summary>
public static class InputReader
{
    private const int SniffBytes = 4096;

    /// <summary>The path meaning standard input.</summary>
    public const string StandardInput = "-";

    public static IEnumerable<InputItem> Read(IEnumerable<string> paths) => Read(paths, InputLimits.Default);

    public static IEnumerable<InputItem> Read(IEnumerable<string> paths, InputLimits limits)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(limits);
        return ReadAll(paths, Console.OpenStandardInput, limits);
    }

    /// <summary>As <see cref="Read(IEnumerable{string})"/>, with standard input supplied (for tests and hosts).</summary>
    public static IEnumerable<InputItem> Read(IEnumerable<string> paths, Func<Stream> standardInput) =>
        Read(paths, standardInput, InputLimits.Default);

    public static IEnumerable<InputItem> Read(IEnumerable<string> paths, Func<Stream> standardInput, InputLimits limits)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(standardInput);
        ArgumentNullException.ThrowIfNull(limits);
        return ReadAll(paths, standardInput, limits);
    }

    /// <summary>The files a folder walk would read (links followed once, by real path), for counting.</summary>
    public static IEnumerable<string> FilesUnder(string folder) => FolderWalk.Files(folder).Select(f => f.Path);

    /// <summary>The document kind a file name implies, or null when the file is not an input we read.</summary>
    public static DocumentKind? KindOf(string path) => InputSniffer.FromName(path) switch
    {
        InputFormat.Html => DocumentKind.Html,
        InputFormat.Text => DocumentKind.Text,
        _ => null,
    };

    private static IEnumerable<InputItem> ReadAll(IEnumerable<string> paths, Func<Stream> standardInput, InputLimits limits)
    {
        foreach (var path in paths)
        {
            IEnumerable<InputItem> items;
            if (path == StandardInput)
            {
                items = ReadStream(StandardInput, () => standardInput(), null, limits, file: null);
            }
            else
            {
                var type = FileSystemFacts.TypeOf(path);
                items = type switch
                {
                    PathType.Directory => ReadFolder(path, limits),
                    PathType.Regular => ReadFile(path, limits),
                    PathType.Missing => [InputItem.Failed(path, "no such file or folder")],
                    _ => [InputItem.Failed(path, FolderWalk.NotRegular(path, type))],
                };
            }
            foreach (var item in items)
            {
                yield return Checked(item);
            }
        }
    }

    /// <summary>
    /// The documents of one range of an uncompressed WARC file (see <see cref="WarcRanges"/>): the file is
    /// entered at the range's first byte and left at its last, and records keep the whole file's numbers.
    /// </summary>
    public static IEnumerable<InputItem> ReadWarcRange(string path, WarcRange range, InputLimits limits)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(limits);
        return ReadRange(path, range, limits);
    }

    private static IEnumerable<InputItem> ReadRange(string path, WarcRange range, InputLimits limits)
    {
        Stream stream;
        try
        {
            stream = new SliceStream(File.OpenRead(path), range.Start, range.End - range.Start);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [InputItem.Failed($"{path}#record{range.FirstRecord + 1}", e.Message)];
        }
        return WarcReader.Read(stream, path, limits, range.FirstRecord).Select(item => Checked(item with { Input = path }));
    }

    /// <summary>A document that is no page becomes a failed item with the reason.</summary>
    private static InputItem Checked(InputItem item) =>
        item.Document is { } document && PageCheck.WhyNotAPage(document) is { } reason ? InputItem.Failed(item.Source, reason) with { Input = item.Input } : item;

    private static IEnumerable<InputItem> ReadFolder(string folder, InputLimits limits)
    {
        foreach (var (file, skip) in FolderWalk.Files(folder))
        {
            var items = skip is null ? ReadFile(file, limits) : [InputItem.Failed(file, skip)];
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<InputItem> ReadFile(string path, InputLimits limits)
    {
        long size;
        try
        {
            size = new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [InputItem.Failed(path, e.Message)];
        }
        if (size > limits.MaxFileBytes)
        {
            return [InputItem.Failed(path, limits.FileTooLarge(size))];
        }
        return ReadStream(path, () => File.OpenRead(path), InputSniffer.FromName(path), limits, path);
    }

    /// <summary>Opens one input (gunzipping when needed), tells its format, and yields its documents.</summary>
    /// <param name="file">The file behind the stream, when there is one (not stdin), for the gzip trailer check.</param>
    private static IEnumerable<InputItem> ReadStream(string path, Func<Stream> open, InputFormat? named, InputLimits limits, string? file)
    {
        Stream? stream = null;
        InputFormat format = default;
        string? error = null;
        LimitedStream? gunzipped = null;
        try
        {
            var raw = PrefixedStream.Peek(open(), SniffBytes, out var head);
            stream = raw;
            if (InputSniffer.IsGzip(head))
            {
                gunzipped = new LimitedStream(new GZipStream(raw, CompressionMode.Decompress), limits.MaxDecompressedBytes, limits.DecompressedTooLarge);
                stream = PrefixedStream.Peek(gunzipped, SniffBytes, out head);
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
                InputFormat.JsonLines => JsonLinesReader.Read(stream, path, limits),
                InputFormat.Warc => WarcReader.Read(stream, path, limits),
                _ => [ReadWhole(stream, path, format == InputFormat.Html ? DocumentKind.Html : DocumentKind.Text, limits, gunzipped is null ? null : file)],
            };
            foreach (var item in items)
            {
                yield return item with { Input = path };
            }
        }
    }

    /// <param name="gzipFile">The .gz file the stream gunzips, whose trailer must match what was read.</param>
    private static InputItem ReadWhole(Stream stream, string path, DocumentKind kind, InputLimits limits, string? gzipFile)
    {
        try
        {
            using var buffer = new MemoryStream();
            using (var page = new LimitedStream(stream, limits.MaxPageBytes, limits.PageTooLarge, leaveOpen: true))
            {
                page.CopyTo(buffer);
            }
            if (gzipFile is not null && !GzipTrailer.MatchesLength(gzipFile, buffer.Length))
            {
                return InputItem.Failed(path, "truncated gzip: the data ends before the gzip trailer (or does not match it)");
            }
            return InputItem.Of(new RawDocument(path, buffer.ToArray(), null, null, kind));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return InputItem.Failed(path, e.Message);
        }
    }
}
