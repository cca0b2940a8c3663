namespace Extraction.Ingest.Inputs;

/// <summary>A read-only stream that replays bytes already read (for sniffing) before the rest of the source.</summary>
internal sealed class PrefixedStream(byte[] prefix, Stream rest) : Stream
{
    private int _position;

    /// <summary>Reads up to <paramref name="count"/> bytes of <paramref name="source"/> to look at, and a stream that still yields them.</summary>
    public static PrefixedStream Peek(Stream source, int count, out byte[] head)
    {
        var buffer = new byte[count];
        var filled = 0;
        while (filled < count)
        {
            var read = source.Read(buffer, filled, count - filled);
            if (read == 0)
            {
                break;
            }
            filled += read;
        }
        head = buffer[..filled];
        return new PrefixedStream(head, source);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position < prefix.Length)
        {
            var n = Math.Min(count, prefix.Length - _position);
            Array.Copy(prefix, _position, buffer, offset, n);
            _position += n;
            return n;
        }
        return rest.Read(buffer, offset, count);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            rest.Dispose();
        }
        base.Dispose(disposing);
    }
}
