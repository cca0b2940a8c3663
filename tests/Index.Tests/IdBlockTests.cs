using Extraction.Index.Sqlite.Postings;

namespace Extraction.Index.Tests;

public sealed class IdBlockTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(40000)]
    public void A_container_gives_back_exactly_the_ids_it_was_made_of_as_offsets_or_as_a_bitmap(int count)
    {
        var bits = new ulong[IdBlock.Words];
        var offsets = Enumerable.Range(0, count).Select(i => (i * 7919) % IdBlock.Size).Distinct().ToList();
        offsets.ForEach(o => bits[o >> 6] |= 1UL << (o & 63));

        var container = IdBlock.Encode(bits);
        var back = new ulong[IdBlock.Words];
        IdBlock.CopyInto(container, back);

        Assert.Equal(bits, back);
        Assert.All(offsets.Take(50), o => Assert.True(IdBlock.Contains(container, o)));
        Assert.False(IdBlock.Contains(container, offsets.Count < IdBlock.Size ? Enumerable.Range(0, IdBlock.Size).First(o => !offsets.Contains(o)) : 0));
        Assert.Equal(offsets.Count, IdBlock.Count(back));
        Assert.Equal(offsets.Count < 4096 ? offsets.Count * 2 : IdBlock.BitmapBytes, container.Length);
    }

    [Fact]
    public void And_with_an_offset_container_keeps_only_the_ids_in_both()
    {
        var bits = new ulong[IdBlock.Words];
        foreach (var o in new[] { 3, 64, 65, 9000, 65535 })
        {
            bits[o >> 6] |= 1UL << (o & 63);
        }
        var other = new ulong[IdBlock.Words];
        foreach (var o in new[] { 64, 9000, 12 })
        {
            other[o >> 6] |= 1UL << (o & 63);
        }

        IdBlock.AndInto(IdBlock.Encode(other), bits);

        Assert.True(IdBlock.Has(bits, 64));
        Assert.True(IdBlock.Has(bits, 9000));
        Assert.Equal(2, IdBlock.Count(bits));
    }

    [Fact]
    public void Clearing_every_id_leaves_an_empty_container_to_delete()
    {
        Assert.Empty(IdBlock.Encode(new ulong[IdBlock.Words]));
    }
}
