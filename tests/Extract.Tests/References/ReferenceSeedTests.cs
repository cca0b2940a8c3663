using System.Text;
using Extraction.Extract.Model;
using Extraction.Extract.References;
using Extraction.Extract.Tests.Support;

namespace Extraction.Extract.Tests.References;

/// <summary>The documents cited by the real seed pages.</summary>
public sealed class ReferenceSeedTests
{
    [ExtractSharedDataFact]
    public void Seed_003_cites_the_directive_the_resolution_and_the_national_programme()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.SharedSeeds, "003_6fc777c1ffe37ebc.txt")).Normalize(NormalizationForm.FormC);

        var found = ReferenceFinder.Find(text, new TextSpan(0, text.Length));

        var directive = Assert.Single(found, r => r.Number == "05-CT/TW");
        Assert.Equal(("Chỉ thị", new DateOnly(2021, 6, 23), "Ban Bí thư TW Đảng"), (directive.Type, directive.Date, directive.Issuer));
        var resolution = Assert.Single(found, r => r.Number == "24/2021/QH15");
        Assert.Equal(("Nghị quyết", new DateOnly(2021, 7, 28), "Quốc hội"), (resolution.Type, resolution.Date, resolution.Issuer));
        var programme = Assert.Single(found, r => r.Number == "109/CTr-BLĐTBXH-MTTQVN");
        Assert.Equal("Chương trình phối hợp", programme.Type);
        Assert.Equal(new DateOnly(2023, 1, 11), programme.Date);
        Assert.Equal("Bộ Lao động TB&XH và Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam", programme.Issuer);
    }

    [ExtractSharedDataFact]
    public void Seed_001_cites_two_resolutions_with_a_comma_before_the_date()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.SharedSeeds, "001_d4a291a47314fe6a.txt")).Normalize(NormalizationForm.FormC);

        var found = ReferenceFinder.Find(text, new TextSpan(0, text.Length));

        Assert.Contains(found, r => r.Number == "05-NQ/TU" && r.Date == new DateOnly(2021, 10, 8) && r.Issuer == "Tỉnh ủy");
        Assert.Contains(found, r => r.Number == "24/2021/QH15" && r.Date == new DateOnly(2021, 7, 28) && r.Issuer == "Quốc hội");
    }
}
