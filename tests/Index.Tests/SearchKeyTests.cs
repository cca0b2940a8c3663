using Extraction.Extract.Lexicons;
using Extraction.Index.Text;

namespace Extraction.Index.Tests;

public sealed class SearchKeyTests
{
    private static readonly SearchKey Keys = new(new AbbreviationLexicon(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["UBND"] = "Ủy ban nhân dân",
        ["MTTQ"] = "Mặt trận Tổ quốc",
        ["LĐTBXH"] = "Lao động - Thương binh và Xã hội",
        ["TP"] = "thành phố",
        ["CA"] = "Công an",
    }));

    private static string Exact(string s) => SearchKey.ExactText(Keys.Tokens(s));

    private static string Folded(string s) => SearchKey.FoldedText(Keys.Tokens(s));

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("Thuỷ", "thủy")]
    [InlineData("Uỷ ban", "Ủy ban")]
    [InlineData("kí kết", "ký kết")]
    [InlineData("lí luận", "lý luận")]
    [InlineData("quí", "quý")]
    [InlineData("thoả thuận", "thỏa thuận")]
    public void Old_and_new_spellings_have_one_exact_key(string a, string b) => Assert.Equal(Exact(b), Exact(a));

    [Fact]
    public void Exact_key_keeps_tone_and_vowel_marks_that_change_the_word()
    {
        Assert.NotEqual(Exact("hòa"), Exact("hóa"));
        Assert.NotEqual(Exact("tổ"), Exact("tô"));
        Assert.Equal(Folded("hòa"), Folded("hóa"));
    }

    [Fact]
    public void Folded_key_drops_diacritics_and_folds_d_stroke()
    {
        Assert.Equal("dong thap hoi dong", Folded("Đồng Tháp Hội đồng"));
        Assert.Equal(Folded("Lao dong"), Folded("Lao động"));
    }

    [Fact]
    public void Uy_after_a_vowel_is_not_rewritten_as_ui()
    {
        Assert.Equal("thuy", Folded("thủy"));
        Assert.Equal("uy ban", Folded("Ủy ban"));
    }

    [Theory]
    [InlineData("UBND tỉnh", "Ủy ban nhân dân tỉnh")]
    [InlineData("ubnd tinh", "Ủy ban nhân dân tỉnh")]
    [InlineData("Ủy ban MTTQ", "Ủy ban Mặt trận Tổ quốc")]
    [InlineData("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội")]
    [InlineData("Sở LĐTBXH", "Sở Lao động Thương binh và Xã hội")]
    [InlineData("TP Huế", "thành phố Huế")]
    public void Abbreviations_key_like_their_expansions(string abbreviated, string spelled) =>
        Assert.Equal(Folded(spelled), Folded(abbreviated));

    [Fact]
    public void A_lowercase_word_that_is_a_syllable_is_not_taken_for_an_abbreviation()
    {
        Assert.Equal("ca", Folded("ca"));
        Assert.Equal("cong an", Folded("CA"));
    }

    [Fact]
    public void Expanded_tokens_point_at_the_abbreviation_in_the_text()
    {
        var tokens = Keys.Tokens("Ký với UBND huyện");
        Assert.All(tokens.Where(t => t.Folded is "uy" or "nhan"), t => Assert.Equal((7, 11), (t.Start, t.End)));
    }

    [Fact]
    public void A_joined_chain_is_one_word_only_when_the_lexicon_knows_it()
    {
        const string text = "Sở LĐ-TB&XH và Sở KH-ĐT, UBND/TP Huế";
        var runs = new List<Extraction.Ingest.Text.TextRun>();
        Keys.SurfaceRuns(text, runs);
        Assert.Equal(
            ["Sở", "LĐ-TB&XH", "và", "Sở", "KH", "ĐT", "UBND", "TP", "Huế"],
            runs.ConvertAll(r => text[r.Start..r.End]));
        var joined = Keys.Tokens(text).Where(t => t.Folded is "lao" or "xa").ToList();
        Assert.Equal(2, joined.Count);
        Assert.All(joined, t => Assert.Equal((3, 11), (t.Start, t.End)));
    }
}
