using System.Text;
using Extraction.Ingest.Text;

namespace Extraction.Ingest.Tests;

/// <summary>The kernel's tone model and the two keys rendered from it.</summary>
public sealed class VietnameseToneTests
{
    [Theory]
    [InlineData("Hoà", "hoa", '2')]
    [InlineData("hòa", "hoa", '2')]
    [InlineData("THUỶ", "thuy", '3')]
    [InlineData("Nguyễn", "nguyên", '4')]
    [InlineData("Việt", "viêt", '5')]
    [InlineData("Đường", "đương", '2')]
    [InlineData("ban", "ban", '\0')]
    public void A_word_splits_into_its_toneless_letters_and_its_tone(string word, string letters, char tone)
    {
        Assert.Equal((letters, tone), VietnameseTone.Split(word));
    }

    [Fact]
    public void A_decomposed_word_splits_as_its_composed_spelling()
    {
        Assert.Equal(VietnameseTone.Split("Nghệ"), VietnameseTone.Split("Nghệ".Normalize(NormalizationForm.FormD)));
        Assert.Equal(("nghê", '5'), VietnameseTone.Split("Nghệ".Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void An_open_syllable_in_the_old_placement_is_respelled_and_a_closed_one_kept()
    {
        Assert.Equal("hòa bình, ủy ban, khỏe, đoàn, toán", VietnameseTone.LowerNewPlacement("Hoà Bình, Uỷ ban, khoẻ, Đoàn, toán"));
    }

    [Fact]
    public void Only_the_pair_that_ends_a_letter_run_moves()
    {
        // "hoàng": closed, as written in both placements; "thuỷ-" ends its run at the hyphen.
        Assert.Equal("hoàng thủy-điện", VietnameseTone.LowerNewPlacement("Hoàng Thuỷ-điện"));
    }
}
