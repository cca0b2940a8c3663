using System.Text;
using Extraction.Extract.Model;
using Extraction.Extract.People;
using Extraction.Extract.Tests.Support;

namespace Extraction.Extract.Tests.People;

/// <summary>The people of the real seed pages.</summary>
public sealed class PeopleSeedTests
{
    [ExtractSharedDataFact]
    public void Seed_001_has_the_two_signers_with_their_titles()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.SharedSeeds, "001_d4a291a47314fe6a.txt")).Normalize(NormalizationForm.FormC);

        var people = PeopleFinder.Find(text, new TextSpan(0, text.Length));

        var chair = Assert.Single(people, p => p.Name == "Nguyễn Văn Triết");
        Assert.Equal(("Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBMTTQ Việt Nam tỉnh", "signed"), (chair.Title, chair.Role));
        var director = Assert.Single(people, p => p.Name == "Nguyễn Văn Út");
        Assert.Equal(("Tỉnh ủy viên, Giám đốc Sở Lao động - Thương binh và Xã hội", "signed"), (director.Title, director.Role));
    }

    [ExtractSharedDataFact]
    public void Seed_000_lists_attendees_of_the_ceremony_with_abbreviated_titles()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.SharedSeeds, "000_c7d75e0a50ce16bb.txt")).Normalize(NormalizationForm.FormC);

        var people = PeopleFinder.Find(text, new TextSpan(0, text.Length));

        Assert.Contains(people, p => p.Name == "Lê Hồng Thắng" && p.Title == "Phó Bí thư Thường trực Thị ủy" && p.Role == "attended");
        var second = Assert.Single(people, p => p.Name == "Nguyễn Thị Thu Hương");
        Assert.Equal("attended", second.Role);
        Assert.StartsWith("UVTV, Trưởng ban Dân vận Thị ủy", second.Title, StringComparison.Ordinal);
    }
}
