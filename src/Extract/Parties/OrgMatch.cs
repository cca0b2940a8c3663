using Extraction.Extract.Places;

namespace Extraction.Extract.Parties;

/// <summary>An organisation name found in a token list: [Start, End) tokens, with its last place phrase if any.</summary>
internal sealed record OrgMatch(int Start, int End, AdminPhrase? Place)
{
    /// <summary>An administrative unit standing as a party ("tỉnh Đồi Mây", "TP Hồ Chí Minh"), not an organisation.</summary>
    public bool IsPlaceOnly { get; init; }
}
