using Extraction.Extract.Build;
using Extraction.Extract.Dates;
using Extraction.Extract.Lexicons;
using Extraction.Extract.People;

namespace Extraction.Extract.Tests;

/// <summary>
/// The word alternations of the regexes live in embedded pattern-words.tsv; the build writes them as constants
/// (Build/PatternWords.cs, compiled here too) that the generated regexes embed.
/// </summary>
public sealed class PatternWordsTests
{
    [Fact]
    public void The_compiled_constants_hold_every_group_of_the_embedded_file_in_file_order()
    {
        var file = EmbeddedTsv.Read("pattern-words.tsv")
            .GroupBy(r => r[0], StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(r => r[1]).ToArray()))
            .ToList();
        Assert.Equal(file.Select(g => g.Key), PatternWords.Groups.Select(g => g.Group));
        foreach (var (group, words) in file)
        {
            Assert.Equal(words, PatternWords.Groups.Single(g => g.Group == group).Words);
        }
    }

    [Fact]
    public void Words_become_an_alternation_in_order_with_metacharacters_escaped_and_spaces_literal()
    {
        Assert.Equal(@"thành phố|TP\.|TP|đ/c", PatternWordsSource.Alternation(["thành phố", "TP.", "TP", "đ/c"], eitherInitial: false));
        Assert.Equal("[Ss]áng|[Đđ]êm|[Ss]ÁNG|[Nn]gày hôm", PatternWordsSource.Alternation(["sáng", "Đêm", "SÁNG", "ngày hôm"], eitherInitial: true));
        Assert.Equal(PatternWords.Attended, PatternWordsSource.Alternation(["tham dự", "chứng kiến", "có sự tham gia", "có mặt"], eitherInitial: false));
    }

    [Fact]
    public void A_malformed_row_is_reported_with_its_line_and_nothing_is_generated()
    {
        var errors = new List<PatternWordsError>();
        var source = PatternWordsSource.Generate(
            ["# comment", "title\tChủ tịch", "title\tChủ tịch", "Title\tGiám đốc", "title", "title\t Phó", "place-word\ttỉnh\textra"], errors);
        Assert.Null(source);
        Assert.Equal([3, 4, 5, 6, 7], errors.Select(e => e.Line));
        Assert.Contains("already in group 'title'", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("expected 2 TAB-separated fields", errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_well_formed_file_gives_a_constant_per_group_and_its_either_initial_form()
    {
        var errors = new List<PatternWordsError>();
        var source = PatternWordsSource.Generate(["part-of-day\tsáng", "part-of-day\tchiều", "", "place-word\tTP."], errors);
        Assert.Empty(errors);
        Assert.Contains("public const string PartOfDay = \"sáng|chiều\";", source, StringComparison.Ordinal);
        Assert.Contains("public const string PartOfDayEitherInitial = \"[Ss]áng|[Cc]hiều\";", source, StringComparison.Ordinal);
        Assert.Contains("public const string PlaceWord = \"TP\\\\.\";", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Phát biểu tại buổi lễ, Thượng tá ", true)]
    [InlineData("trước sự chứng kiến của các ông: ", true)]
    [InlineData("Giám đốc công ty ", false)]
    public void An_honorific_from_the_lexicon_ends_right_before_a_name(string before, bool expected) =>
        Assert.Equal(expected, PersonCues.HonorificBefore().IsMatch(before));

    [Theory]
    [InlineData("Chủ tịch UBND tỉnh và lãnh đạo các sở", 18, true)]
    [InlineData("Chủ tịch UBND tỉnh Quảng Nam", 18, false)]
    public void A_title_ends_at_a_stop_word_from_the_lexicon(string text, int at, bool expected) =>
        Assert.Equal(expected, PersonCues.TitleStop().Match(text, at).Success);

    [Fact]
    public void Date_openers_from_the_lexicon_match_either_initial_case_and_capitals()
    {
        Assert.Equal(3, DateFinder.Find("Sáng 09/5 và chiều 10/5, rồi NGÀY 11/5", 0).Count);
        Assert.Empty(DateFinder.Find("TRƯA 09/5", 0));
    }
}
