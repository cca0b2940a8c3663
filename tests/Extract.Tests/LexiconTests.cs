using Extraction.Extract.Lexicons;

namespace Extraction.Extract.Tests;

public sealed class LexiconTests
{
    [Theory]
    [InlineData("UBND", "Ủy ban nhân dân")]
    [InlineData("MTTQ", "Mặt trận Tổ quốc")]
    [InlineData("LĐ-TB&XH", "Lao động - Thương binh và Xã hội")]
    [InlineData("LĐTB&XH", "Lao động - Thương binh và Xã hội")]
    [InlineData("UBMTTQ", "Ủy ban Mặt trận Tổ quốc")]
    [InlineData("CSXH", "Chính sách xã hội")]
    public void Abbreviation_lexicon_spells_out_organisation_abbreviations(string abbreviation, string expansion) =>
        Assert.Equal(expansion, AbbreviationLexicon.Default.Expand(abbreviation));

    [Fact]
    public void Abbreviation_lexicon_loads_the_imported_list_after_the_own_entries()
    {
        Assert.True(AbbreviationLexicon.Default.Expansions.Count > 500);
        Assert.Equal("Bảo hiểm xã hội", AbbreviationLexicon.Default.Expand("BHXH"));
        Assert.Null(AbbreviationLexicon.Default.Expand("ubnd"));
    }

    [Fact]
    public void Admin_units_hold_old_and_new_provinces_but_no_gpl_district_list()
    {
        var lex = AdminUnitLexicon.Default;
        Assert.True(lex.IsProvince("tra vinh"));
        Assert.True(lex.IsProvince("hue"));
        Assert.False(lex.IsDistrict("huong tra"));
        Assert.False(lex.IsProvince("chungcheongnam"));
    }
}
