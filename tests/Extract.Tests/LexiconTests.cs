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

    [Fact]
    public void A_word_set_row_that_is_not_a_group_and_a_word_names_the_file_and_line()
    {
        var e = Assert.Throws<InvalidDataException>(() => WordGroups.Checked("word-sets.tsv", 12, ["list-joiner"]));
        Assert.StartsWith("word-sets.tsv line 12:", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => WordGroups.Checked("word-sets.tsv", 13, ["list-joiner", "và", "với"]));
        Assert.Equal(["list-joiner", "và"], WordGroups.Checked("word-sets.tsv", 14, ["list-joiner", "và"]));
    }

    [Fact]
    public void Party_word_sets_moved_from_code_load_as_written_punctuation_and_folded_keys_included()
    {
        Assert.Contains(",", WordSetLexicon.Group("place-suffix-connector"));
        Assert.Contains("thu tuong", WordSetLexicon.Group("leader-title"));
        Assert.Contains("cùng với", WordSetLexicon.Group("list-joiner"));
        Assert.Contains("luật", WordSetLexicon.Group("not-event-before-year"));
        Assert.Equal(16, WordSetLexicon.Group("preposition").Count);
    }
}
