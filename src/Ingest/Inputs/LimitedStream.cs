namespace Extraction.Ingest.Inputs;

/// <summary>
/// A read-only stream that throws <see cref="InputLimitException"/> once more than a set number of bytes has
/// come through: put over a GZipStream, it stops a gzip bomb after the limit instead of at the disk's end.
/// </summary>
/// <param name="leaveOpen">Whether disposing this leaves <paramref name="inner"/> open for its owner.</param>
internal sealed class LimitedStream(Stream inner, long limit, string message, bool leaveOpen = false) : ReadOnlyStream(inner, leaveOpen)
{
    public long Passed { get; private set; }

    public override long Position
    {
        get => Passed;
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer)
    {
        // Ask for one byte past the limit at most, so an input of exactly the limit still reads whole.
        var room = limit - Passed + 1;
        var read = Inner.Read(buffer[..(int)Math.Min(buffer.Length, Math.Max(1, room))]);
        Passed += read;
        if (Passed > limit)
        {
            throw new InputLimitException(message);
        }
        return read;
    }
}
