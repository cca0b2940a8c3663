using Extraction.Extract.Items;
using Extraction.Extract.Model;
using Extraction.Ingest;

namespace Extraction.Extract.Tests.Items;

/// <summary>
/// Which lists are an agreement's contents and which agreement they belong to (extract-gaps classes 2 and 12): invented
/// pages in the genre's layouts. Each test fails with its rule switched off (AGREEMENTS_ABLATE=rule).
/// </summary>
public sealed class ListScopeTests
{
    private static readonly AgreementExtractor Extractor = new();

    private static (string, int, int)[] Items(string text) =>
        ContentItemFinder.Find(text, new TextSpan(0, text.Length)).Select(i => (i.Text, i.Span.Start, i.Span.End)).ToArray();

    // OtherActivityList
    [Fact]
    public void Guests_listed_after_the_contents_are_not_contents()
    {
        Assert.Equal([("Phối hợp kiểm tra vệ sinh an toàn thực phẩm", 39, 82), ("Tuyên truyền về nhãn mác hàng hóa", 86, 119)], Items("Hai bên thống nhất các nội dung sau:\n- Phối hợp kiểm tra vệ sinh an toàn thực phẩm;\n- Tuyên truyền về nhãn mác hàng hóa.\nCó mặt tại lễ ký có:\n- Lãnh đạo Sở Nội vụ;\n- Đại diện các phòng chuyên môn.\n"));
    }

    // OtherActivityList
    [Fact]
    public void Gifts_handed_over_at_the_ceremony_are_not_contents()
    {
        Assert.Equal([("Vận động hội viên tham gia bảo hiểm xã hội tự nguyện", 29, 81), ("Hỗ trợ hộ cận nghèo mua thẻ bảo hiểm y tế", 85, 126)], Items("Các nhiệm vụ phối hợp gồm:\n+ Vận động hội viên tham gia bảo hiểm xã hội tự nguyện;\n+ Hỗ trợ hộ cận nghèo mua thẻ bảo hiểm y tế.\nDịp này, hai đơn vị trao tặng:\n+ 20 suất học bổng cho học sinh vượt khó;\n+ 10 chiếc xe lăn cho người khuyết tật.\n"));
    }

    // OtherActivityList
    [Fact]
    public void Results_of_the_past_year_are_not_contents_even_after_a_cooperation_verb()
    {
        Assert.Equal([("mở rộng mô hình điểm", 137, 157), ("tập huấn cán bộ cơ sở", 159, 180)], Items("Năm qua, hai bên đã phối hợp tốt, đạt kết quả: cấp 500 thẻ bảo hiểm y tế; hỗ trợ xây 40 căn nhà.\nNăm nay, hai bên thống nhất 2 nhiệm vụ: mở rộng mô hình điểm; tập huấn cán bộ cơ sở.\n"));
    }

    // OtherActivityList
    [Fact]
    public void What_the_sides_have_done_before_is_not_contents()
    {
        Assert.Equal([("Xây dựng câu lạc bộ phụ nữ khởi nghiệp", 133, 171), ("Nhân rộng tổ tiết kiệm vay vốn", 176, 206)], Items("Năm 2023, hai hội đã:\n1. Tổ chức 12 lớp tập huấn nghiệp vụ;\n2. Trao 300 suất quà cho hội viên.\nChương trình mới gồm các nội dung:\n1. Xây dựng câu lạc bộ phụ nữ khởi nghiệp;\n2. Nhân rộng tổ tiết kiệm vay vốn.\n"));
    }

    // CommaList
    [Fact]
    public void A_comma_sentence_is_split_when_the_intro_counts_its_entries()
    {
        Assert.Equal([("bảo tồn nghề dệt thổ cẩm", 31, 55), ("quảng bá sản phẩm làng nghề", 57, 84), ("đào tạo thợ trẻ", 88, 103)], Items("Hai bên thống nhất 3 nội dung: bảo tồn nghề dệt thổ cẩm, quảng bá sản phẩm làng nghề và đào tạo thợ trẻ.\n"));
    }

    [Fact]
    public void An_uncounted_comma_sentence_stays_prose()
    {
        Assert.Empty(Items("Hai bên thống nhất các nội dung: bảo tồn nghề dệt thổ cẩm, quảng bá sản phẩm làng nghề và đào tạo thợ trẻ.\n"));
    }

    // UnitInDocumentOpening
    [Fact]
    public void A_unit_named_with_the_document_in_the_opening_clause_does_not_make_the_list_a_list_of_units()
    {
        Assert.Equal([("bồi dưỡng lý luận cho cán bộ", 58, 86), ("biên soạn tài liệu tuyên truyền", 88, 119)], Items("Theo quy chế với Trường Chính trị tỉnh, hai bên phối hợp: bồi dưỡng lý luận cho cán bộ; biên soạn tài liệu tuyên truyền.\n"));
    }

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
