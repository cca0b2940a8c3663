using Extraction.Ingest;

namespace Extraction.Extract.Tests.Frames;

/// <summary>Documents a sentence counts and lists nowhere ("đã ký 2 văn kiện") are one agreement each, all between the same sides.</summary>
public sealed class CountedCopiesTests
{
    private static readonly AgreementExtractor Extractor = new();

    [Fact]
    public void Every_counted_copy_takes_the_sides_the_first_was_completed_with()
    {
        // The headline joins the first agreement only, and brings the states with it.
        var page = new Article(
            "counted", "counted.txt", null, null, "Ký kết 2 văn kiện hợp tác giữa Việt Nam và Lào", null, null,
            "Sáng 6/5, Bộ Ngoại giao Việt Nam đã ký 2 văn kiện hợp tác.");

        var agreements = Extractor.Extract(page).Agreements;

        Assert.Equal(2, agreements.Count);
        Assert.Contains("Lào", agreements[0].Parties.Select(p => p.Name));
        Assert.Equal(agreements[0].Parties.Select(p => p.Name), agreements[1].Parties.Select(p => p.Name));
    }
}
