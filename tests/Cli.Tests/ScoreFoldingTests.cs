using Extraction.Cli.Evaluation;

namespace Extraction.Cli.Tests;

/// <summary>eval's copy of score.py's `fold`: the kernel's folding, then the scorer's own abbreviations.</summary>
public sealed class ScoreFoldingTests
{
    [Theory]
    [InlineData("Sở LĐ-TB&XH tỉnh Đồng Tháp", "so lao dong thuong binh va xa hoi tinh dong thap")]
    [InlineData("UBND TP. Hồ Chí Minh", "uy ban nhan dan thanh pho ho chi minh")]
    [InlineData("Hoà Bình", "hoa binh")]
    // score.py lower-cases "İ" to "i" + dot, then drops the dot; .NET's invariant lower case kept "İ" as it was.
    [InlineData("İzmir", "izmir")]
    public void Folds_as_the_reference_scorer_does(string name, string words) =>
        Assert.Equal(words, string.Join(' ', ScoreFolding.Fold(name)));
}
