namespace Extraction.Extract.Places;

/// <summary>The province and district an article is about, used to complete a bare "tỉnh" / "huyện".</summary>
internal sealed record ArticlePlace(PlaceName? Province, PlaceName? District)
{
    public static ArticlePlace None { get; } = new(null, null);

    /// <summary>The place for a bare keyword: "tỉnh" → the province, "huyện"/"thị xã"/"quận"/"thành phố" → the district of that type.</summary>
    public string? Complete(string keyword) => keyword switch
    {
        "tỉnh" => Province?.Name,
        "huyện" when District?.Type == "huyện" => District.Name,
        "thị xã" when District?.Type == "thị xã" => District.Name,
        "Quận" or "quận" when District?.Type == "quận" => District.Name,
        "thành phố" or "TP" when District?.Type == "thành phố" => District.Name,
        "thành phố" or "TP" when Province?.Type == "thành phố" => Province.Name,
        _ => null,
    };
}
