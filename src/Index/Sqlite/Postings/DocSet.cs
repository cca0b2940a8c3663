namespace Extraction.Index.Sqlite.Postings;

/// <summary>
/// The docs of one block holding every one of some keys, as ranking asks of one doc at a time: a bitmap
/// worked out once when the block has many matches to rank, or the keys' containers, asked doc by doc,
/// when it has few (then building bitmaps would cost more than the questions).
/// </summary>
internal abstract class DocSet
{
    public abstract bool Has(int offset);

    public static DocSet? Of(ContainerReader containers, List<string> keys, int block, bool whole, bool asBitmap)
    {
        ArgumentNullException.ThrowIfNull(containers);
        ArgumentNullException.ThrowIfNull(keys);
        if (asBitmap)
        {
            var bits = new ulong[IdBlock.Words];
            return containers.AllOf(keys, block, bits, whole) ? new Bitmap(bits) : null;
        }
        if (keys.Count == 0)
        {
            return null;
        }
        var found = new ReadOnlyMemory<byte>[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            var container = whole ? containers.Get(keys[i], block) : containers.GetOne(keys[i], block);
            if (container.IsEmpty)
            {
                return null;
            }
            found[i] = container;
        }
        return new Containers(found);
    }

    private sealed class Bitmap(ulong[] bits) : DocSet
    {
        public override bool Has(int offset) => IdBlock.Has(bits, offset);
    }

    private sealed class Containers(ReadOnlyMemory<byte>[] containers) : DocSet
    {
        public override bool Has(int offset)
        {
            foreach (var container in containers)
            {
                if (!IdBlock.Contains(container.Span, offset))
                {
                    return false;
                }
            }
            return true;
        }
    }
}
