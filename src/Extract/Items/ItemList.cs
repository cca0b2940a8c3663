namespace Extraction.Extract.Items;

/// <summary>One list found in the text: the range it covers and the raw ranges of its items.</summary>
internal sealed record ItemList(int Start, int End, IReadOnlyList<(int Start, int End)> Items)
{
    public bool Overlaps(int start, int end) => start < End && Start < end;
}
