using Extraction.Extract.Items;
using Extraction.Extract.Model;
using Extraction.Ingest;

namespace Extraction.Extract.Tests.Items;

/// <summary>
/// Which agreement a list belongs to when one ceremony signs several (extract-gaps class 2): invented pages in the
/// genre's layouts. The test fails with its rule switched off (AGREEMENTS_ABLATE=rule).
/// </summary>
public sealed class ListScopeTests
{
    private static readonly AgreementExtractor Extractor = new();

    // IntroNamesDocument
    [Fact]
    public void Each_list_goes_to_the_agreement_whose_kind_its_intro_names()
    {
        const string text = "Sáng 9/5, Sở Xây dựng tỉnh Bắc Lâm ký kết Quy chế phối hợp với Thanh tra tỉnh Bắc Lâm và Kế hoạch phối hợp với Hội Kiến trúc sư tỉnh Bắc Lâm.\nTheo quy chế, hai bên phối hợp: thanh tra công trình xây dựng; xử lý vi phạm trật tự đô thị.\nTheo kế hoạch, hai bên phối hợp: tư vấn thiết kế nhà ở nông thôn; tổ chức cuộc thi ý tưởng kiến trúc.\n";
        var agreements = Extractor.Extract(new Article("test", "test.txt", null, null, null, null, null, text)).Agreements;
        Assert.Equal(2, agreements.Count);
        Assert.Equal([("thanh tra công trình xây dựng", 174, 203), ("xử lý vi phạm trật tự đô thị", 205, 233)], agreements.Single(a => a.Kind == "Quy chế phối hợp").Items.Select(i => (i.Text, i.Span.Start, i.Span.End)).ToArray());
        Assert.Equal([("tư vấn thiết kế nhà ở nông thôn", 268, 299), ("tổ chức cuộc thi ý tưởng kiến trúc", 301, 335)], agreements.Single(a => a.Kind == "Kế hoạch phối hợp").Items.Select(i => (i.Text, i.Span.Start, i.Span.End)).ToArray());
    }
}
