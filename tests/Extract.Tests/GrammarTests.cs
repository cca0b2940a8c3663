using Extraction.Extract.Detection;
using Extraction.Extract.Parties;
using Extraction.Extract.Places;
using Extraction.Extract.Text;

namespace Extraction.Extract.Tests;

/// <summary>The organisation-name grammar and the signing-verb filter on single sentences.</summary>
public sealed class GrammarTests
{
    private static List<string> Names(string sentence)
    {
        var tokens = Tokenizer.Tokenize(sentence, 0, sentence.Length);
        return PartyFinder.ScanOrganisations(tokens).Where(o => !o.IsPlaceOnly)
            .Select(o => sentence[tokens[o.Start].Start..tokens[o.End - 1].End]).ToList();
    }

    [Fact]
    public void Splits_parties_joined_by_va_but_keeps_Thuong_binh_va_Xa_hoi() =>
        Assert.Equal(["Sở Lao động - Thương binh và Xã hội tỉnh", "Hội Nông dân tỉnh"], Names("Sở Lao động - Thương binh và Xã hội tỉnh và Hội Nông dân tỉnh ký kết"));

    [Fact]
    public void Keeps_a_comma_name_whole_and_splits_a_comma_list() =>
        Assert.Equal(["Bộ Văn hóa, Thể thao và Du lịch", "Bộ Công an", "Bộ Y tế"], Names("Bộ Văn hóa, Thể thao và Du lịch, Bộ Công an và Bộ Y tế ký"));

    [Fact]
    public void Stops_a_name_before_a_person() =>
        Assert.Equal(["UBND tỉnh Tiền Giang"], Names("Chủ tịch UBND tỉnh Tiền Giang Lê Văn Hưởng ký"));

    [Fact]
    public void Keeps_a_place_that_looks_like_a_family_name() =>
        Assert.Equal(["Bệnh viện Trung ương Thái Nguyên"], Names("Bệnh viện Trung ương Thái Nguyên ký"));

    [Fact]
    public void A_party_member_title_is_not_a_body() =>
        Assert.Empty(Names("ông A, Tỉnh ủy viên ký"));

    [Theory]
    [InlineData("Người dân đăng ký kết hôn tại xã.", false)]
    [InlineData("Hai bên sẽ ký kết thỏa thuận hợp tác.", false)]
    [InlineData("Hai bên đã ký kết thỏa thuận hợp tác.", true)]
    [InlineData("Nhiệm kỳ 2021-2026 có nhiều chương trình phối hợp.", false)]
    public void Finds_the_signing_verb_only_where_a_signing_happened(string sentence, bool expected)
    {
        var tokens = Tokenizer.Tokenize(sentence, 0, sentence.Length);
        Assert.Equal(expected, SigningClauseFinder.Find(tokens).Count > 0);
    }

    [Fact]
    public void Reads_TP_with_a_dot_as_a_city()
    {
        const string s = "giữa TP. Huế và tỉnh Salavan";
        var tokens = Tokenizer.Tokenize(s, 0, s.Length);
        var p = AdminPhraseParser.Parse(tokens, 1, allowCapitalKeyword: true);
        Assert.NotNull(p);
        Assert.False(p.IsBare);
    }
}
