using Extraction.Extract.Pipeline;
using Extraction.Ingest;

namespace Extraction.Extract.Tests;

/// <summary>The extractor as a pipeline of named steps: the builder chooses them, the default has them all.</summary>
public sealed class PipelineTests
{
    private const string Text = "Sáng 12/3, Hội Nông dân tỉnh và Sở Tài nguyên và Môi trường ký kết Chương trình phối hợp gồm các nội dung: "
        + "(1) tuyên truyền pháp luật về môi trường; (2) xây dựng mô hình nông thôn sạch; (3) kiểm tra, giám sát thực hiện. "
        + "Căn cứ Nghị quyết số 24/2021/QH15 ngày 28/7/2021 của Quốc hội, hai bên thống nhất phối hợp.";

    private static Article Page() => new("test", "test.txt", null, null, null, new DateOnly(2024, 3, 13), null, Text);

    [Fact]
    public void The_default_pipeline_runs_every_step_in_order()
    {
        Assert.Equal(
            ["SigningDetection", "CandidateGeneration", "Framing", "SideCompletion", "OpeningDate", "AgreementAssembly", "ContentItems", "References", "People"],
            new AgreementExtractor().Pipeline.StepNames);
    }

    [Fact]
    public void A_pipeline_without_the_content_steps_still_finds_the_agreement_and_its_sides_but_no_contents()
    {
        var lean = new AgreementExtractor(new ExtractionPipelineBuilder().Build());
        var full = new AgreementExtractor();

        var leanAgreement = Assert.Single(lean.Extract(Page()).Agreements);
        var fullAgreement = Assert.Single(full.Extract(Page()).Agreements);

        Assert.Equal(fullAgreement.Parties.Select(p => p.Name), leanAgreement.Parties.Select(p => p.Name));
        Assert.Equal(fullAgreement.SignedOn, leanAgreement.SignedOn);
        Assert.Empty(leanAgreement.Items);
        Assert.Empty(leanAgreement.References);
        Assert.Equal(3, fullAgreement.Items.Count);
        Assert.NotEmpty(fullAgreement.References);
    }
}
