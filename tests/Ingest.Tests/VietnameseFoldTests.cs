using System.Globalization;
using System.Text;
using Extraction.Ingest.Text;

namespace Extraction.Ingest.Tests;

/// <summary>The one folding routine every stage keys words by: its fast table must agree with the definition.</summary>
public sealed class VietnameseFoldTests
{
    [Theory]
    [InlineData("Ủy ban nhân dân", "uy ban nhan dan")]
    [InlineData("ĐỒNG THÁP", "dong thap")]
    [InlineData("Hoà", "hoa")]
    [InlineData("thuỷ lợi", "thuy loi")]
    [InlineData("LĐ-TB&XH", "ld-tb&xh")]
    [InlineData("Hà Nội, 5/2024", "ha noi, 5/2024")]
    public void Folds_marks_off_đ_to_d_and_lower_case(string text, string folded)
    {
        Assert.Equal(folded, VietnameseFold.Fold(text));
    }

    [Fact]
    public void Agrees_with_decomposition_on_every_char_of_the_seed_pages_and_on_decomposed_input()
    {
        var texts = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Select(File.ReadAllText).ToList();
        Assert.NotEmpty(texts);
        // Decomposed input (marks as separate chars) folds like composed input.
        texts.Add(texts[0].Normalize(NormalizationForm.FormD));

        foreach (var text in texts)
        {
            Assert.Equal(ByDefinition(text), VietnameseFold.Fold(text));
        }
    }

    private static string ByDefinition(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
            }
        }
        return sb.ToString();
    }
}
