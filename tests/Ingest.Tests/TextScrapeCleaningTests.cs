namespace Extraction.Ingest.Tests;

public sealed class TextScrapeCleaningTests
{
    [Fact]
    public void Seed_000_title_follows_the_update_line_and_section_label_is_dropped()
    {
        var a = TestDocuments.CleanSeed("000");
        Assert.StartsWith("Hương Trà: Kí kết kế hoạch phối hợp giữa Ủy ban MTTQVN thị xã", a.Title);
        Assert.Equal(new DateOnly(2023, 7, 6), a.Published);
        Assert.StartsWith("Ngày 05/07, Ủy ban MTTQ Việt Nam thị xã Hương Trà", a.Text);
        Assert.DoesNotContain("Chính trị - Xã hội", a.Text);
        Assert.DoesNotContain("+ aa -", a.Text);
        Assert.DoesNotContain("138", a.Text.Split('\n'));
        Assert.EndsWith("Ngọc Minh", a.Text);
    }

    [Fact]
    public void Seed_001_drops_other_headlines_under_the_lead_and_the_sidebar_after_the_source_line()
    {
        var a = TestDocuments.CleanSeed("001");
        Assert.Equal("Trà Vinh: Ký kết phối hợp thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững", a.Title);
        Assert.Null(a.Published);
        Assert.DoesNotContain("Kon Tum: Đại hội điểm", a.Text);
        Assert.DoesNotContain("Cà Mau: Đại hội điểm", a.Text);
        Assert.DoesNotContain("Bắc Kạn: Đại hội điểm", a.Text);
        Assert.DoesNotContain("Tin mới", a.Text);
        Assert.DoesNotContain("Xem thêm", a.Text);
        Assert.DoesNotContain("Gửi ban biên tập", a.Text);
        Assert.DoesNotContain("Tìm kiếm văn bản", a.Text);
        Assert.DoesNotContain("Đồng chí Đỗ Văn Chiến", a.Text);
        Assert.StartsWith("(Mặt trận) -Sáng 09/5, Ủy ban MTTQ Việt Nam tỉnh Trà Vinh", a.Text);
        Assert.Contains("(1) Tuyên truyền các chủ trương của Đảng", a.Text);
        Assert.Contains("(3) Triển khai xây dựng thực hiện các mô hình giảm nghèo", a.Text);
        Assert.Contains("và thực hiện ký kết phối hợp.", a.Text);
        Assert.EndsWith("Theo Báo Trà Vinh", a.Text);
    }

    [Fact]
    public void Seed_002_without_header_keeps_every_line_after_the_headline()
    {
        var path = Directory.GetFiles(RepoPaths.Seeds, "002_*.txt").Single();
        var a = TestDocuments.CleanText(path);
        Assert.Equal("Thăng Bình ký kết các chương trình phối hợp", a.Title);
        Assert.Null(a.Published);
        var original = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).Skip(1).ToList();
        Assert.Equal(original, a.Text.Split('\n'));
    }

    [Fact]
    public void Seed_003_section_label_is_not_the_title_and_portal_footer_goes()
    {
        var a = TestDocuments.CleanSeed("003");
        Assert.StartsWith("Ký kết Chương trình phối hợp thực hiện Chương trình Mục tiêu quốc gia", a.Title);
        Assert.Equal(new DateOnly(2023, 8, 7), a.Published);
        Assert.DoesNotContain("Giảm nghèo - Bảo trợ xã hội", a.Text);
        foreach (var furniture in new[] { "VIDEO", "Địa chỉ", "Điện thoại", "Trưởng ban biên tập", "Đang truy cập", "Hôm nay", "Tất cả", "CỔNG THÔNG TIN" })
        {
            Assert.DoesNotContain(furniture, a.Text);
        }
        Assert.StartsWith("Căn cứ Chỉ thị số 05-CT/TW", a.Text);
        Assert.EndsWith("Nguồn tin: Phòng Bảo trợ xã hội", a.Text);
    }

    [Fact]
    public void Seed_004_counter_digits_and_skip_links_go_and_month_name_date_is_read()
    {
        var a = TestDocuments.CleanSeed("004");
        Assert.StartsWith("Phát huy vai trò của Mặt trận Tổ quốc", a.Title);
        Assert.Equal(new DateOnly(2019, 10, 23), a.Published);
        Assert.StartsWith("Ngân hàng Chính sách xã hội (NHCSXH)", a.Text);
        Assert.DoesNotContain("Bỏ qua nội dung chính", a.Text);
        Assert.DoesNotContain("SỐ LƯỢT TRUY CẬP", a.Text);
        Assert.DoesNotContain("Số lượt người xem", a.Text);
        Assert.DoesNotContain("TIN MỚI HƠN", a.Text);
        Assert.DoesNotContain("Xem theo ngày", a.Text);
        Assert.DoesNotContain(a.Text.Split('\n'), l => l.All(char.IsDigit));
        Assert.Contains("các cá nhân có thành tích trong công tác ủy thác nguồn vốn", a.Text);
        Assert.Equal("Anh Thư", a.Author);
    }

    [Fact]
    public void Official_document_header_stays_as_text_and_its_dateline_is_not_the_page_date()
    {
        const string doc = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            + "Số: 29/KH-UBND\nBình Định, ngày 22 tháng 02 năm 2024\nKẾ HOẠCH\nTriển khai thực hiện Chỉ thị số 31/CT-TTg";
        var cleaned = Text.TextScrapeCleaner.Clean(doc, TestDocuments.Today);
        Assert.Null(cleaned.Title);
        Assert.Null(cleaned.Published);
        Assert.Contains("Số: 29/KH-UBND", cleaned.Text);
        Assert.Contains("KẾ HOẠCH", cleaned.Text);
        Assert.DoesNotContain("-------", cleaned.Text);
    }

    [Fact]
    public void A_body_line_opening_like_a_counter_label_does_not_end_the_article()
    {
        const string page = "Tin tức\nCập nhật lúc : 12/03/2024 09:30\nQuảng Nam: Hội Nông dân tỉnh và Sở Tư pháp ký kết chương trình phối hợp\n"
            + "Sáng 11/3, Hội Nông dân tỉnh và Sở Tư pháp tỉnh ký kết Chương trình phối hợp tuyên truyền pháp luật cho nông dân.\n"
            + "Trong tháng 4, hai bên sẽ triển khai.\nHai bên thống nhất tổ chức các lớp tập huấn cho cán bộ Hội ở cơ sở.\n"
            + "Địa chỉ: 12 Trần Hưng Đạo\nTrong tuần: 1.234\n";

        var cleaned = TestDocuments.Pipeline.Clean(new RawDocument("page.txt", System.Text.Encoding.UTF8.GetBytes(page), null, null, DocumentKind.Text));

        Assert.Contains("Hai bên thống nhất tổ chức các lớp tập huấn", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Địa chỉ", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("1.234", cleaned.Text, StringComparison.Ordinal);
    }
}
