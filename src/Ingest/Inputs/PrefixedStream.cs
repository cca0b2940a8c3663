namespace Extraction.Ingest.Inputs;

/// <summary>A read-only stream that replays bytes already read (for sniffing) before the rest of the source.</summary>
internal sealed class PrefixedStream(byte[] prefix, Stream rest) : ReadOnlyStream(rest)
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

    public override int Read(Span<byte> buffer)
    {
        if (_position < prefix.Length)
        {
            var n = Math.Min(buffer.Length, prefix.Length - _position);
            prefix.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
        return Inner.Read(buffer);
    }
}
