using System.Buffers;

namespace Extraction.Ingest.Inputs;

/// <summary>
/// Reads byte lines (LF or CRLF ended) with a length limit: a line past it is skipped to its end without
/// being held, so one endless line (a gzip bomb of one JSON record) costs a buffer, not the memory.
/// </summary>
internal sealed class LineReader(Stream input, long maxLineBytes)
{
    private readonly byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;

    /// <summary>The next line without its ending, or null at the end; <paramref name="tooLong"/> when it was skipped.</summary>
    public byte[]? ReadLine(out bool tooLong)
    {
        tooLong = false;
        var line = new ArrayBufferWriter<byte>();
        var any = false;
        while (true)
        {
            if (start == end)
            {
                start = 0;
                end = input.Read(buffer, 0, buffer.Length);
                if (end == 0)
                {
                    return any ? Finish(line, tooLong) : null;
                }
            }
            any = true;
            var chunk = buffer.AsSpan(start, end - start);
            var newline = chunk.IndexOf((byte)'\n');
            var part = newline < 0 ? chunk : chunk[..newline];
            if (!tooLong && line.WrittenCount + part.Length > maxLineBytes)
            {
                tooLong = true;
                line.Clear();
            }
            if (!tooLong)
            {
                line.Write(part);
            }
            start += newline < 0 ? chunk.Length : newline + 1;
            if (newline >= 0)
            {
                return Finish(line, tooLong);
            }
        }
    }

    private static byte[] Finish(ArrayBufferWriter<byte> line, bool tooLong)
    {
        if (tooLong)
        {
            return [];
        }
        var bytes = line.WrittenSpan;
        return (bytes.Length > 0 && bytes[^1] == '\r' ? bytes[..^1] : bytes).ToArray();
    }
}
