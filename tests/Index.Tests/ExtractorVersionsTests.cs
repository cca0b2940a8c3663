using Extraction.Index.Storage;

namespace Extraction.Index.Tests;

public sealed class ExtractorVersionsTests
{
    [Theory]
    [InlineData("0.3.0", "0.3.1", true)]
    [InlineData("0.9.9", "0.10.0", true)]
    [InlineData("0.10.0", "0.3.1", false)]
    [InlineData("0.3.1", "0.3.1", false)]
    [InlineData("1", "0.3.1", false)]
    [InlineData("old", "new", true)]
    [InlineData("dev-build", "0.3.1", true)]
    public void Orders_versions_by_number_and_treats_unorderable_ones_as_older(string stored, string current, bool older)
    {
        Assert.Equal(older, ExtractorVersions.IsOlder(stored, current));
    }
}
