using Extraction.Extract.Tests.Support;

namespace Extraction.Extract.Tests.Corpus;

/// <summary>The five seed pages: what the targets pin (detection, sides, dates, several agreements).</summary>
public sealed class SeedTests
{
    private static readonly AgreementExtractor Extractor = new();

    private static Model.ExtractedArticle Run(string stem) =>
        Extractor.Extract(GoldArticle.Load(SharedData.Path("seeds", stem + ".txt")).Article);

    [ExtractSharedDataFact]
    public void Seed_000_plan_between_the_Front_and_the_bank_office_completes_the_bare_thi_xa()
    {
        var result = Run("000_c7d75e0a50ce16bb");
        var agreement = Assert.Single(result.Agreements);
        Assert.Equal("2023-07-05", agreement.SignedOn?.ToString());
        Assert.Equal("Kế hoạch phối hợp", agreement.Kind);
        Assert.Equal(
            ["Ủy ban Mặt trận Tổ quốc Việt Nam thị xã Hương Trà", "Phòng giao dịch Ngân hàng chính sách xã hội thị xã Hương Trà"],
            agreement.Parties.Select(p => p.Canonical));
    }

    [ExtractSharedDataFact]
    public void Seed_000_sides_of_the_cited_programme_are_not_parties()
    {
        var agreement = Assert.Single(Run("000_c7d75e0a50ce16bb").Agreements);
        Assert.DoesNotContain(agreement.Parties, p => p.Name.Contains("Trung ương", StringComparison.Ordinal));
    }

    [ExtractSharedDataFact]
    public void Seed_001_has_no_year_anywhere_so_the_date_is_month_and_day_only()
    {
        var agreement = Assert.Single(Run("001_d4a291a47314fe6a").Agreements);
        Assert.Equal("--05-09", agreement.SignedOn?.ToString());
        Assert.Contains(agreement.Parties, p => p.Canonical == "Sở Lao động - Thương binh và Xã hội tỉnh Trà Vinh");
    }

    [ExtractSharedDataFact]
    public void Seed_002_reports_two_programmes_signed_the_same_afternoon_in_2023()
    {
        var result = Run("002_df35683a2e0ac595");
        Assert.Equal(2, result.Agreements.Count);
        Assert.All(result.Agreements, a => Assert.Equal("2023-08-11", a.SignedOn?.ToString()));
        Assert.Contains(result.Agreements[0].Parties, p => p.Name.StartsWith("Phòng Lao động", StringComparison.Ordinal));
        Assert.Contains(result.Agreements[1].Parties, p => p.Name.StartsWith("Phòng Kinh tế - Hạ tầng", StringComparison.Ordinal));
    }

    [ExtractSharedDataFact]
    public void Seed_003_keeps_So_Lao_dong_Thuong_binh_va_Xa_hoi_whole()
    {
        var agreement = Assert.Single(Run("003_6fc777c1ffe37ebc").Agreements);
        Assert.Equal(["Sở Lao động, Thương binh và Xã hội", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hải Dương"], agreement.Parties.Select(p => p.Name));
        Assert.Equal("2023-08-07", agreement.SignedOn?.ToString());
    }

    [ExtractSharedDataFact]
    public void Seed_004_a_directive_to_sign_is_not_a_signing_report()
    {
        var result = Run("004_565ae4af3d44a1f3");
        Assert.False(result.IsAgreement);
        Assert.Empty(result.Agreements);
    }

    [ExtractSharedDataFact]
    public void Every_span_points_into_the_text_and_evidence_holds_a_signing_verb()
    {
        foreach (var g in GoldArticle.LoadFolder(SharedData.Path("seeds")))
        {
            var result = Extractor.Extract(g.Article);
            foreach (var a in result.Agreements)
            {
                Assert.InRange(a.Evidence.End, a.Evidence.Start, g.Article.Text.Length);
                Assert.Matches("(?i)k[ýí]", a.Evidence.Slice(g.Article.Text));
                foreach (var p in a.Parties.Where(p => p.Span.Length > 0))
                {
                    Assert.Equal(p.Name, p.Span.Slice(g.Article.Text));
                }
            }
        }
    }
}
