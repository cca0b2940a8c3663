using System.Runtime.InteropServices;

namespace Extraction.Index.Sqlite.Postings;

/// <summary>
/// The facet slots of one chunk of 4,096 doc ids (16 to a posting block), column by column (date keys, kinds, places, years,
/// party word counts, then the party codes of all docs with their start offsets), so a search counts
/// facets and checks dates over a whole match set by array lookups, with no row read per match.
/// Stored as one blob per chunk, small enough that storing one article rewrites little; the layout is
/// fixed-width so decoding is a few block copies.
/// </summary>
internal sealed class FacetChunk
{
    public const int Shift = 12;

    public const int Size = 1 << Shift;

    /// <summary>The chunk a doc id's slot is in, and the slot's offset there.</summary>
    public static int ChunkOf(long id) => (int)(id >> Shift);

    public static int OffsetOf(long id) => (int)(id & (Size - 1));

    private FacetChunk(int[] dateKeys, int[] kinds, int[] places, short[] years, byte[] partyWords, int[] partyStarts, int[] parties)
    {
        DateKeys = dateKeys;
        Kinds = kinds;
        Places = places;
        Years = years;
        PartyWords = partyWords;
        PartyStarts = partyStarts;
        Parties = parties;
        MaxCode = Math.Max(Max(kinds), Math.Max(Max(places), Max(parties)));
    }

    /// <summary>The highest kind, place or party code in the block: facet counting sizes its arrays once from it.</summary>
    public int MaxCode { get; }

    public int[] DateKeys { get; }

    public int[] Kinds { get; }

    public int[] Places { get; }

    public short[] Years { get; }

    public byte[] PartyWords { get; }

    /// <summary>Parties of the doc at offset o are Parties[PartyStarts[o]..PartyStarts[o + 1]].</summary>
    public int[] PartyStarts { get; }

    public int[] Parties { get; }

    private static int Max(int[] codes) => codes.Length == 0 ? 0 : codes.Max();

    public static FacetChunk Empty() => new(new int[Size], new int[Size], new int[Size], new short[Size], new byte[Size], new int[Size + 1], []);

    public ReadOnlySpan<int> PartiesOf(int offset) => Parties.AsSpan(PartyStarts[offset], PartyStarts[offset + 1] - PartyStarts[offset]);

    /// <summary>A copy with the given slots replaced.</summary>
    public FacetChunk With(IReadOnlyDictionary<int, FacetSlot> slots)
    {
        ArgumentNullException.ThrowIfNull(slots);
        var dateKeys = (int[])DateKeys.Clone();
        var kinds = (int[])Kinds.Clone();
        var places = (int[])Places.Clone();
        var years = (short[])Years.Clone();
        var words = (byte[])PartyWords.Clone();
        var starts = new int[Size + 1];
        var parties = new List<int>(Parties.Length + (slots.Count * 4));
        for (var o = 0; o < Size; o++)
        {
            starts[o] = parties.Count;
            if (slots.TryGetValue(o, out var slot))
            {
                dateKeys[o] = slot.DateKey;
                kinds[o] = slot.Kind;
                places[o] = slot.Place;
                years[o] = (short)slot.Year;
                words[o] = (byte)Math.Min(byte.MaxValue, slot.PartyWords);
                parties.AddRange(slot.Parties);
            }
            else
            {
                parties.AddRange(PartiesOf(o));
            }
        }
        starts[Size] = parties.Count;
        return new FacetChunk(dateKeys, kinds, places, years, words, starts, parties.ToArray());
    }

    public byte[] Encode()
    {
        using var buffer = new MemoryStream();
        buffer.Write(MemoryMarshal.AsBytes(DateKeys.AsSpan()));
        buffer.Write(MemoryMarshal.AsBytes(Kinds.AsSpan()));
        buffer.Write(MemoryMarshal.AsBytes(Places.AsSpan()));
        buffer.Write(MemoryMarshal.AsBytes(Years.AsSpan()));
        buffer.Write(PartyWords);
        buffer.Write(MemoryMarshal.AsBytes(PartyStarts.AsSpan()));
        buffer.Write(MemoryMarshal.AsBytes(Parties.AsSpan()));
        return buffer.ToArray();
    }

    public static FacetChunk Decode(ReadOnlySpan<byte> blob)
    {
        var at = 0;
        var dateKeys = Take<int>(blob, ref at, Size);
        var kinds = Take<int>(blob, ref at, Size);
        var places = Take<int>(blob, ref at, Size);
        var years = Take<short>(blob, ref at, Size);
        var words = Take<byte>(blob, ref at, Size);
        var starts = Take<int>(blob, ref at, Size + 1);
        var parties = Take<int>(blob, ref at, (blob.Length - at) / sizeof(int));
        return new FacetChunk(dateKeys, kinds, places, years, words, starts, parties);
    }

    private static T[] Take<T>(ReadOnlySpan<byte> blob, ref int at, int count)
        where T : struct
    {
        var bytes = count * Marshal.SizeOf<T>();
        var array = MemoryMarshal.Cast<byte, T>(blob.Slice(at, bytes)).ToArray();
        at += bytes;
        return array;
    }
}
