namespace Extraction.Ingest.Inputs;

/// <summary>A read-only window [start, start + length) of a seekable stream: a WARC range reads as a WARC file of its own.</summary>
internal sealed class SliceStream : ReadOnlyStream
{
    private long left;

    public SliceStream(Stream inner, long start, long length)
        : base(inner)
    {
        inner.Seek(start, SeekOrigin.Begin);
        left = length;
    }

    public override int Read(Span<byte> buffer)
    {
        if (left <= 0)
        {
            return 0;
        }
        var read = Inner.Read(buffer[..(int)Math.Min(buffer.Length, left)]);
        left -= read;
        return read;
    }
}
