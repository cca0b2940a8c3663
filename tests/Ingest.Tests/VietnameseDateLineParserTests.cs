using Extraction.Ingest.Dates;

namespace Extraction.Ingest.Tests;

public sealed class VietnameseDateLineParserTests
{
    [Theory]
    [InlineData("Cập nhật lúc : 06/07/2023 09:56", 2023, 7, 6)]
    [InlineData("22:31, Thứ Tư, 23-9-2020", 2020, 9, 23)]
    [InlineData("Văn hóa xã hội 23 Tháng Mười 2019 9:45:00 SA", 2019, 10, 23)]
    [InlineData("07/08/2023 12:00:00", 2023, 8, 7)]
    [InlineData("(10/03/2020)", 2020, 3, 10)]
    [InlineData("20:36, 27/10/2017", 2017, 10, 27)]
    [InlineData("Kinh tếThứ Năm, 05/10/2017 08:10:00 +07:00Google News", 2017, 10, 5)]
    [InlineData("Minh Khôi| 01/08/2022 16:24", 2022, 8, 1)]
    [InlineData("Bệnh viện tỉnh ký kết hợp tác chuyên môn với ba huyện miền núi (13/10/2024)", 2024, 10, 13)]
    [InlineData(" date 2025-11-07 Hai viện nghiên cứu trao văn bản hợp tác tại Cần Thơ.", 2025, 11, 7)]
    [InlineData("Updated : 2024/03/05", 2024, 3, 5)]
    [InlineData("Cập nhật: 2024.03.05 14:20", 2024, 3, 5)]
    [InlineData("Ngày xuất bản 12 March 2019", 2019, 3, 12)]
    [InlineData("Published: March 12, 2019 | 10:45", 2019, 3, 12)]
    [InlineData("Thứ Ba, 05/03/2024, 14:30 (GMT+7)", 2024, 3, 5)]
    [InlineData("Tin nổi bật 05/03/2024 - 14:30", 2024, 3, 5)]
    [InlineData("Thời sự | Kinh tế | Địa phương | Nông nghiệp 05/03/2024 14:30", 2024, 3, 5)]
    [InlineData("Hai tỉnh ký kết chương trình hợp tác phát triển du lịch 05/03/2024 14:30", 2024, 3, 5)]
    [InlineData("Hai tỉnh ký kết chương trình hợp tác phát triển du lịch 05/03/2024 | 14:30 (GMT+7)", 2024, 3, 5)]
    public void Reads_page_date_lines_day_first(string line, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), VietnameseDateLineParser.ParsePageDateLine(line, TestDocuments.Today));
    }

    [Theory]
    [InlineData("Đắk Lắk, ngày 27 tháng 10 năm 2017")]
    [InlineData("Ngày 7/8/2023, Sở Lao động, Thương binh và Xã hội và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hải Dương thực hiện ký kết Chương trình phối hợp.")]
    [InlineData(" date 2021-12 Lễ trao giải được tổ chức lần thứ ba")]
    [InlineData("Chào mừng kỷ niệm ngày thành lập tỉnh (19/8/1945 - 19/8/2021)và các ngày lễ lớn")]
    [InlineData("31/02/2020")]
    [InlineData("Hai bên hẹn gặp lại tại trụ sở Ủy ban nhân dân tỉnh vào 05/03/2024 14:30.")]
    [InlineData("Cuộc họp của hai sở bắt đầu lúc 05/03/2024 14:30 và kéo dài đến chiều")]
    [InlineData("Ngày 12 March 2019, hai trường đại học ký kết biên bản ghi nhớ về trao đổi sinh viên và giảng viên.")]
    public void Rejects_sentences_official_datelines_partial_and_impossible_dates(string line)
    {
        Assert.Null(VietnameseDateLineParser.ParsePageDateLine(line, TestDocuments.Today));
    }

    [Fact]
    public void Never_returns_a_date_after_today()
    {
        Assert.Null(VietnameseDateLineParser.ParsePageDateLine("Cập nhật lúc : 06/07/2023 09:56", new DateOnly(2023, 7, 5)));
        Assert.Equal(new DateOnly(2023, 7, 6), VietnameseDateLineParser.ParsePageDateLine("Cập nhật lúc : 06/07/2023 09:56", new DateOnly(2023, 7, 6)));
    }
}
