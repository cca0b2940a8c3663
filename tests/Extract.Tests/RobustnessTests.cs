using Extraction.Ingest;

namespace Extraction.Extract.Tests;

/// <summary>Odd input is a value, never an exception: a batch must not stop on one page.</summary>
public sealed class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("ký")]
    [InlineData("Ký kết")]
    [InlineData("ngày 31/2, hai bên ký kết giữa")]
    [InlineData("Sáng 09/5, ký kết giữa (")]
    [InlineData("UBND tỉnh và ký kết Quy chế phối hợp với các tỉnh ,")]
    [InlineData("Lễ ký kết\n\n\n( ) : ; giữa với và\nCông an các tỉnh")]
    [InlineData("TP. ký kết TP.")]
    public void Never_throws_on_odd_text(string text)
    {
        var article = new Article("x", "x", null, null, text, new DateOnly(2024, 1, 5), null, text);
        var result = new AgreementExtractor().Extract(article);
        Assert.All(result.Agreements, a => Assert.InRange(a.Evidence.End, a.Evidence.Start, text.Length));
    }

    [Fact]
    public void An_article_without_the_signing_verb_is_not_an_agreement()
    {
        var article = new Article("x", "x", null, null, "Hội nghị tổng kết", null, null, "Hội nghị tổng kết ba năm triển khai Quy chế phối hợp giữa Công an tỉnh và Sở Y tế.");
        Assert.False(new AgreementExtractor().Extract(article).IsAgreement);
    }
}
