using Extraction.Extract.Places;

namespace Extraction.Extract.Tests.Places;

/// <summary>
/// The one admin-unit reader every stage uses (extraction's parser, read by the index for place facets): what it
/// must find that the index's retired regex found, and the regex's misreadings it must not repeat.
/// </summary>
public sealed class PlaceReaderTests
{
    [Theory]
    // The family-name test is on the written syllable: "Đồ", "Hạ", "Định", "Trấn" are no "Đỗ", "Hà", "Đinh", "Trần".
    [InlineData("UBND thị xã Đồ Sơn", "thị xã Đồ Sơn")]
    [InlineData("UBND thị trấn Định Quán", "thị trấn Định Quán")]
    [InlineData("Hội Nông dân huyện Trấn Yên", "huyện Trấn Yên")]
    // Two words opening with a family name are a place; an old province the lexicon no longer lists counts.
    [InlineData("UBND tỉnh Hà Tây", "Hà Tây")]
    [InlineData("Công an huyện Lý Sơn", "huyện Lý Sơn")]
    // Unknown names of three words.
    [InlineData("UBND huyện Nam Trà My", "huyện Nam Trà My")]
    [InlineData("UBND huyện Cù Lao Dung", "huyện Cù Lao Dung")]
    [InlineData("UBND huyện Châu Thành A", "huyện Châu Thành A")]
    // Numbered districts, abbreviated provinces, a ward that holds a province's name.
    [InlineData("UBND Quận 7", "quận 7")]
    [InlineData("Sở Y tế tỉnh BR-VT", "Bà Rịa - Vũng Tàu")]
    [InlineData("UBND phường Hiệp Bình Phước", "phường Hiệp Bình Phước")]
    // Runs stop where a province or a person begins.
    [InlineData("UBND huyện Đông Anh Hà Nội", "huyện Đông Anh")]
    [InlineData("Chủ tịch UBND xã Tân An Nguyễn Văn Bình", "xã Tân An")]
    // Three words opening with a family name are a person only after a title; with none they are the unit's name.
    [InlineData("Công an huyện Đồng Bến Nắng", "huyện Đồng Bến Nắng")]
    // A named unit before a numbered one.
    [InlineData("UBND phường 22, quận Bình Thạnh", "quận Bình Thạnh")]
    public void Reads_the_place_of_a_name(string name, string place) =>
        Assert.Equal(place, PlaceReader.Province([name]));

    [Theory]
    [InlineData("Chủ tịch UBND tỉnh Nguyễn Văn Bình")] // a person after the unit word
    [InlineData("Ban Thường vụ Tỉnh Đoàn")] // the provincial Youth Union, no province "Đoàn"
    [InlineData("Bộ Tư lệnh khu vực 5")] // a military region is no admin unit
    [InlineData("các tỉnh ĐBSCL")] // a region written short
    [InlineData("Chủ tịch Ủy ban MTTQ tỉnh Y Bình Hđơk")] // a titled person whose family name is a rare one
    public void Finds_no_place_where_none_is_named(string name) =>
        Assert.Null(PlaceReader.Province([name]));

    [Fact]
    public void Lists_every_unit_with_the_canonical_form_of_an_abbreviated_province() =>
        Assert.Equal(
            ["xã Tân Phú", "huyện Châu Thành", "TP.HCM", "thành phố Hồ Chí Minh"],
            PlaceReader.Units(["Hội Nông dân xã Tân Phú, huyện Châu Thành", null, "Sở Tư pháp TP.HCM"]));

    [Fact]
    public void A_unit_word_that_opens_a_military_region_still_lets_a_unit_follow() =>
        Assert.Equal("thị trấn Văn Điển", PlaceReader.Province(["giáp khu vực Thị trấn Văn Điển"]));
}
