using Extraction.Ingest.Inputs;

namespace Extraction.Ingest;

/// <summary>A run of whole records of a WARC file: bytes [Start, End), the file's records FirstRecord+1 .. FirstRecord+Records.</summary>
public sealed record WarcRange(long Start, long End, int FirstRecord, int Records);

/// <summary>
/// Cuts a WARC file into ranges of whole records by byte offset, so workers spread one big crawl and each seeks
/// straight to its part. Only an uncompressed WARC can be cut: a gzip stream cannot be entered in its middle
/// without an index of its members, so a .warc.gz stays one range (read whole by one worker).
/// </summary>
public static class WarcRanges
{
    /// <summary>The ranges of at most <paramref name="recordsPerRange"/> records; null when the file is not an uncompressed WARC.</summary>
    public static IReadOnlyList<WarcRange>? Split(string path, int recordsPerRange)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(recordsPerRange, 1);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        Span<byte> head = stackalloc byte[5];
        var got = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        // Blank lines may lead a WARC, but a file cut here starts at its first record: only "WARC/" is taken.
        if (got < 5 || !head.SequenceEqual("WARC/"u8))
        {
            return null;
        }
        file.Seek(0, SeekOrigin.Begin);
        var length = file.Length;
        var ranges = new List<WarcRange>();
        var starts = new List<long>(recordsPerRange);
        var before = 0;
        foreach (var offset in WarcReader.RecordOffsets(file))
        {
            if (starts.Count == recordsPerRange)
            {
                ranges.Add(new WarcRange(starts[0], offset, before, starts.Count));
                before += starts.Count;
                starts.Clear();
            }
            starts.Add(offset);
        }
        if (starts.Count > 0)
        {
            ranges.Add(new WarcRange(starts[0], length, before, starts.Count));
        }
        return ranges;
    }
}
