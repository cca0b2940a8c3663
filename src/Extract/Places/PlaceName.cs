namespace Extraction.Extract.Places;

/// <summary>A resolved place: the word written before it (tỉnh, huyện, thị xã, thành phố, quận) and its name.</summary>
internal sealed record PlaceName(string Type, string Name)
{
    public override string ToString() => Type + " " + Name;
}
