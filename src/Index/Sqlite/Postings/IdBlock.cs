using System.Numerics;
using System.Runtime.InteropServices;

namespace Extraction.Index.Sqlite.Postings;

/// <summary>
/// Doc ids in blocks of 65,536, laid out as roaring bitmaps are: one block's ids for one key are stored
/// as a sorted array of 16-bit offsets while there are few, and as an 8 KiB bitmap from 4,096 on, so a
/// key in every other doc costs a bit per doc and a rare key two bytes per doc. Query work is then
/// word-wide AND/OR over 1,024 ulongs per block, whatever the doclist lengths.
/// </summary>
internal static class IdBlock
{
    public const int Shift = 16;
    public const int Size = 1 << Shift;
    public const int Words = Size / 64;
    public const int BitmapBytes = Size / 8;

    /// <summary>Above this many ids an offset array would be larger than the bitmap.</summary>
    private const int ArrayMax = (BitmapBytes / sizeof(ushort)) - 1;

    public static int BlockOf(long id) => (int)(id >> Shift);

    public static int OffsetOf(long id) => (int)(id & (Size - 1));

    public static long IdOf(int block, int offset) => ((long)block << Shift) | (uint)offset;

    /// <summary>ORs a stored container into a block's bits.</summary>
    public static void OrInto(ReadOnlySpan<byte> container, Span<ulong> bits)
    {
        if (container.Length == BitmapBytes)
        {
            Or(bits, MemoryMarshal.Cast<byte, ulong>(container));
            return;
        }
        foreach (var offset in MemoryMarshal.Cast<byte, ushort>(container))
        {
            bits[offset >> 6] |= 1UL << (offset & 63);
        }
    }

    /// <summary>Replaces a block's bits by a stored container's.</summary>
    public static void CopyInto(ReadOnlySpan<byte> container, Span<ulong> bits)
    {
        if (container.Length == BitmapBytes)
        {
            MemoryMarshal.Cast<byte, ulong>(container).CopyTo(bits);
            return;
        }
        bits.Clear();
        OrInto(container, bits);
    }

    /// <summary>Keeps only the bits a stored container also has.</summary>
    public static void AndInto(ReadOnlySpan<byte> container, Span<ulong> bits)
    {
        if (container.Length == BitmapBytes)
        {
            And(bits, MemoryMarshal.Cast<byte, ulong>(container));
            return;
        }
        Span<ulong> kept = stackalloc ulong[Words];
        kept.Clear();
        foreach (var offset in MemoryMarshal.Cast<byte, ushort>(container))
        {
            kept[offset >> 6] |= bits[offset >> 6] & (1UL << (offset & 63));
        }
        kept.CopyTo(bits);
    }

    /// <summary>The container for a block's bits: offsets while few, the bitmap itself from 4,096 on; empty when no bit is set.</summary>
    public static byte[] Encode(ReadOnlySpan<ulong> bits)
    {
        var count = Count(bits);
        if (count > ArrayMax)
        {
            return MemoryMarshal.AsBytes(bits).ToArray();
        }
        var offsets = new ushort[count];
        var n = 0;
        for (var w = 0; w < Words; w++)
        {
            var word = bits[w];
            while (word != 0)
            {
                offsets[n++] = (ushort)((w << 6) | BitOperations.TrailingZeroCount(word));
                word &= word - 1;
            }
        }
        return MemoryMarshal.AsBytes(offsets.AsSpan()).ToArray();
    }

    /// <summary>The container of a sorted, distinct list of offsets (as <see cref="Encode"/> would make it).</summary>
    public static byte[] EncodeSorted(List<ushort> offsets)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        if (offsets.Count > ArrayMax)
        {
            var bits = new ulong[Words];
            foreach (var offset in offsets)
            {
                bits[offset >> 6] |= 1UL << (offset & 63);
            }
            return MemoryMarshal.AsBytes(bits.AsSpan()).ToArray();
        }
        return MemoryMarshal.AsBytes(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(offsets)).ToArray();
    }

    /// <summary>Whether a stored container is an offset list (else a bitmap).</summary>
    public static bool IsOffsets(ReadOnlySpan<byte> container) => container.Length != BitmapBytes;

    public static ReadOnlySpan<ushort> Offsets(ReadOnlySpan<byte> container) => MemoryMarshal.Cast<byte, ushort>(container);

    /// <summary>How many ids a stored container holds.</summary>
    public static int CountOf(ReadOnlySpan<byte> container) =>
        container.Length == BitmapBytes ? Count(MemoryMarshal.Cast<byte, ulong>(container)) : container.Length / sizeof(ushort);

    public static int Count(ReadOnlySpan<ulong> bits)
    {
        // Four running sums let the popcounts of neighbouring words overlap in the pipeline.
        int a = 0, b = 0, c = 0, d = 0, i = 0;
        for (; i + 4 <= bits.Length; i += 4)
        {
            a += BitOperations.PopCount(bits[i]);
            b += BitOperations.PopCount(bits[i + 1]);
            c += BitOperations.PopCount(bits[i + 2]);
            d += BitOperations.PopCount(bits[i + 3]);
        }
        for (; i < bits.Length; i++)
        {
            a += BitOperations.PopCount(bits[i]);
        }
        return a + b + c + d;
    }

    /// <summary>Whether a stored container holds the offset: a bit test, or a binary search of the offsets.</summary>
    public static bool Contains(ReadOnlySpan<byte> container, int offset)
    {
        if (container.Length == BitmapBytes)
        {
            return (container[offset >> 3] & (1 << (offset & 7))) != 0;
        }
        return MemoryMarshal.Cast<byte, ushort>(container).BinarySearch((ushort)offset) >= 0;
    }

    public static bool IsEmpty(ReadOnlySpan<ulong> bits) => bits.IndexOfAnyExcept(0UL) < 0;

    public static bool Has(ReadOnlySpan<ulong> bits, int offset) => (bits[offset >> 6] & (1UL << (offset & 63))) != 0;

    // Word-wide operations over whole blocks, a SIMD vector at a time (1,024 words is a whole number of vectors).
    public static void And(Span<ulong> target, ReadOnlySpan<ulong> other)
    {
        var t = MemoryMarshal.Cast<ulong, Vector<ulong>>(target);
        var o = MemoryMarshal.Cast<ulong, Vector<ulong>>(other);
        for (var i = 0; i < t.Length; i++)
        {
            t[i] &= o[i];
        }
    }

    public static void AndNot(Span<ulong> target, ReadOnlySpan<ulong> other)
    {
        var t = MemoryMarshal.Cast<ulong, Vector<ulong>>(target);
        var o = MemoryMarshal.Cast<ulong, Vector<ulong>>(other);
        for (var i = 0; i < t.Length; i++)
        {
            t[i] = Vector.AndNot(t[i], o[i]);
        }
    }

    public static void Or(Span<ulong> target, ReadOnlySpan<ulong> other)
    {
        var t = MemoryMarshal.Cast<ulong, Vector<ulong>>(target);
        var o = MemoryMarshal.Cast<ulong, Vector<ulong>>(other);
        for (var i = 0; i < t.Length; i++)
        {
            t[i] |= o[i];
        }
    }
}
