using Extraction.Ingest;

namespace Extraction.Extract.Tests.Frames;

/// <summary>
/// Documents a sentence counts ("đã ký 2 văn kiện") are one agreement each, between the sides the agreement was completed
/// with, and only as many as the page does not tell apart already.
/// </summary>
public sealed class CountedCopiesTests
{
    private static readonly AgreementExtractor Extractor = new();

    private static IReadOnlyList<Extraction.Extract.Model.Agreement> Agreements(string text, string? title = null) =>
        Extractor.Extract(new Article("counted", "counted.txt", null, null, title, null, null, text)).Agreements;

    [Fact]
    public void Every_counted_document_is_an_agreement_between_the_sides_completed_from_the_headline()
    {
        var agreements = Agreements("Sáng 6/5, đại diện chính phủ hai nước đã ký 2 văn kiện hợp tác.", "Việt Nam và Lào ký 2 văn kiện hợp tác");

        Assert.Equal(2, agreements.Count);
        Assert.All(agreements, a => Assert.Equal(["Việt Nam", "Lào"], a.Parties.Select(p => p.Name)));
    }

    [Theory]
    [InlineData("Sáng 6/5, Việt Nam và Lào đã ký 2 văn kiện gồm Hiệp định về thương mại và Bản ghi nhớ về đầu tư.")]
    [InlineData("Sáng 6/5, Việt Nam và Lào đã ký 2 văn kiện hợp tác. Hai bên đã ký Hiệp định về thương mại và Bản ghi nhớ về đầu tư.")]
    public void Documents_the_page_names_are_not_counted_again(string text)
    {
        var agreements = Agreements(text);

        Assert.Equal(2, agreements.Count);
        Assert.Contains(agreements, a => a.Kind == "Bản ghi nhớ");
    }

    [Fact]
    public void A_count_told_per_partner_stays_one_agreement_per_partner()
    {
        var agreements = Agreements("Sáng 6/5, Chính phủ Việt Nam đã ký 3 bản ghi nhớ với Chính phủ Lào, Chính phủ Campuchia và Chính phủ Thái Lan.");

        Assert.Equal(3, agreements.Count);
        Assert.All(agreements, a => Assert.Equal(2, a.Parties.Count));
    }
}
