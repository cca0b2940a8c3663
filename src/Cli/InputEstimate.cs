using Extraction.Ingest;

namespace Extraction.Cli;

/// <summary>
/// How many records the paths hold, for sizing a progress bar: a plain JSON Lines file counts its lines, a
/// plain WARC its records, any other file (a page, a .gz) one; null when standard input is read.
/// </summary>
internal static class InputEstimate
{
    public static long? Records(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            if (path == InputReader.StandardInput)
            {
                return null;
            }
            foreach (var file in Directory.Exists(path) ? InputReader.FilesUnder(path) : [path])
            {
                total += RecordsIn(file);
            }
        }
        return total;
    }

    private static long RecordsIn(string file)
    {
        var name = file.ToLowerInvariant();
        try
        {
            if (name.EndsWith(".jsonl", StringComparison.Ordinal) || name.EndsWith(".ndjson", StringComparison.Ordinal))
            {
                return Math.Max(1, Count(file, "\n"u8));
            }
            if (name.EndsWith(".warc", StringComparison.Ordinal))
            {
                return Math.Max(1, Count(file, "WARC-Type: response"u8));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The reader reports it; for the bar it is one record.
        }
        return 1;
    }

    private static long Count(string file, ReadOnlySpan<byte> needle)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var buffer = new byte[1 << 16];
        long count = 0;
        var carry = 0;
        int read;
        while ((read = stream.Read(buffer, carry, buffer.Length - carry)) > 0)
        {
            var span = buffer.AsSpan(0, carry + read);
            var at = 0;
            int hit;
            while ((hit = span[at..].IndexOf(needle)) >= 0)
            {
                count++;
                at += hit + needle.Length;
            }
            // Keep a needle's length minus one at the end, so a match across two reads is found once.
            carry = Math.Min(needle.Length - 1, span.Length - at);
            span[^carry..].CopyTo(buffer);
        }
        return count;
    }
}
