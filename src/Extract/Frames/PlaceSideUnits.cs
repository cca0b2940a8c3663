using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>
/// A province or centrally-run city signing under its bare name ("Bạc Liêu và Sóc Trăng đã ký …")
/// takes its unit as canonical ("tỉnh Bạc Liêu", "tỉnh Cà Mau"): gold names such a side by its fullest mention,
/// and a bare name shares too few words with "tỉnh Bạc Liêu" to match it (extract-gaps classes 9 and 20). The name
/// stays as written; a side another step already named more fully keeps that canonical.
/// </summary>
internal static class PlaceSideUnits
{
    public static void Apply(List<Frame> frames)
    {
        foreach (var f in frames)
        {
            for (var i = 0; i < f.Parties.Count; i++)
            {
                var p = f.Parties[i];
                if (TextKeys.Fold(p.Canonical) != TextKeys.Fold(p.Name) || ProvinceNames.Find(p.Name) is not { } unit)
                {
                    continue;
                }
                // Only a bare name: "tỉnh Bạc Liêu", "TP Cà Mau" already carry their unit.
                if (!ProvinceNames.HasKeyword(p.Name))
                {
                    f.Parties[i] = p with { Canonical = ProvinceNames.Written(unit) };
                }
            }
        }
    }
}
