using System.Globalization;
using Extraction.Extract.Model;

namespace Extraction.Extract.Tests;

/// <summary>Stored dates are read back by digits (<see cref="IsoDate"/>), not by the culture parser: same dates, same rejections.</summary>
public sealed class IsoDateTests
{
    [Fact]
    public void Every_day_of_a_leap_year_and_a_common_year_reads_as_the_culture_parser_reads_it()
    {
        for (var d = new DateOnly(1999, 1, 1); d <= new DateOnly(2000, 12, 31); d = d.AddDays(1))
        {
            var text = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.Equal(DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture), IsoDate.Parse(text));
        }
    }

    [Theory]
    [InlineData("1900-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("2024-4-05")]
    [InlineData("2024/04/05")]
    [InlineData(" 2024-04-05")]
    [InlineData("2024-04-05T00")]
    [InlineData("２０２４-04-05")]
    [InlineData("")]
    public void What_is_not_a_date_written_as_YYYY_MM_DD_is_a_format_error(string text) =>
        Assert.Throws<FormatException>(() => IsoDate.Parse(text));
}
