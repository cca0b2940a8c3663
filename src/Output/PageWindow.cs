namespace Extraction.Output;

/// <summary>
/// Which hits a --page/--limit pair asks for, computed in 64 bits so that no page number overflows into a
/// negative offset; a page that starts past what a store can address is known to be empty.
/// </summary>
public readonly record struct PageWindow(int Page, int Size)
{
    public long Offset => (long)(Page - 1) * Size;

    /// <summary>Whether the store can be asked for this page at all (offset + size fits an int).</summary>
    public bool IsAddressable => Offset + Size <= int.MaxValue;

    public long LastPage(int total) => Math.Max(1, ((long)total + Size - 1) / Size);

    public bool IsBeyond(int total) => Page > LastPage(total);
}
