namespace Extraction.Ingest.Inputs;

/// <summary>
/// A read-only stream that throws <see cref="InputLimitException"/> once more than a set number of bytes has
/// come through: put over a GZipStream, it stops a gzip bomb after the limit instead of at the disk's end.
/// </summary>
/// <param name="leaveOpen">Whether disposing this leaves <paramref name="inner"/> open for its owner.</param>
internal sealed class LimitedStream(Stream inner, long limit, string message, bool leaveOpen = false) : Stream
{
    public long Passed { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => Passed;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // Ask for one byte past the limit at most, so an input of exactly the limit still reads whole.
        var room = limit - Passed + 1;
        var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, Math.Max(1, room))]);
        Passed += read;
        if (Passed > limit)
        {
            throw new InputLimitException(message);
        }
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
