namespace Extraction.Ingest.Decoding;

/// <summary>Recognises UTF-8/UTF-16 by byte-order mark, and BOM-less UTF-16 by its zero bytes.</summary>
internal static class UnicodeSniffer
{
    private const int SampleBytes = 4096;

    /// <summary>The charset a byte-order mark declares, and the mark's length.</summary>
    public static (VietnameseCharset Charset, int Length) FromByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (VietnameseCharset.Utf8, 3);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (VietnameseCharset.Utf16LittleEndian, 2);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (VietnameseCharset.Utf16BigEndian, 2);
        }
        return (VietnameseCharset.Unknown, 0);
    }

    /// <summary>
    /// BOM-less UTF-16: the ASCII part of the text (spaces, digits, tags) puts a zero byte in every
    /// other position, and text in any 8-bit encoding has next to no zero bytes at all.
    /// </summary>
    public static VietnameseCharset FromZeroBytes(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        if (sample.Length < 4 || sample.IndexOf((byte)0) < 0)
        {
            return VietnameseCharset.Unknown;
        }
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }
        var pairs = sample.Length / 2;
        if (oddZeros * 5 >= pairs && evenZeros * 50 <= pairs)
        {
            return VietnameseCharset.Utf16LittleEndian;
        }
        if (evenZeros * 5 >= pairs && oddZeros * 50 <= pairs)
        {
            return VietnameseCharset.Utf16BigEndian;
        }
        return VietnameseCharset.Unknown;
    }
}
