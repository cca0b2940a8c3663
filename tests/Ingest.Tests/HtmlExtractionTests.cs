using System.Text;

namespace Extraction.Ingest.Tests;

public sealed class HtmlExtractionTests
{
    /// <summary>A seed's short notice wrapped in a typical portal layout: menu, breadcrumb, related list, footer.</summary>
    private static string PortalPage(string title, IEnumerable<string> paragraphs)
    {
        var sb = new StringBuilder();
        sb.Append("<html><head><title>").Append(title).Append(" - Cổng thông tin điện tử</title>");
        sb.Append("<meta property=\"article:published_time\" content=\"2023-08-07T05:30:00+07:00\">");
        sb.Append("<link rel=\"canonical\" href=\"https://soldtbxh.haiduong.gov.vn/tin-tuc/ky-ket.html\"></head><body>");
        sb.Append("<div class=\"header\"><ul class=\"menu\"><li><a href=\"/\">Trang chủ</a></li><li><a href=\"/gioi-thieu\">Giới thiệu</a></li><li><a href=\"/tin-tuc\">Tin tức</a></li></ul></div>");
        sb.Append("<div class=\"breadcrumb\"><a href=\"/\">Trang chủ</a> / <a href=\"/tin-tuc\">Giảm nghèo - Bảo trợ xã hội</a></div>");
        sb.Append("<div class=\"main\"><div class=\"news-detail\"><h1 class=\"title\">").Append(title).Append("</h1>");
        sb.Append("<div class=\"date\">07/08/2023 12:00:00</div><div class=\"content\">");
        foreach (var p in paragraphs)
        {
            sb.Append("<p>").Append(p).Append("</p>");
        }
        sb.Append("<p style=\"text-align:right\"><strong>Nguồn tin: Phòng Bảo trợ xã hội</strong></p></div>");
        sb.Append("<div class=\"tin-lien-quan\"><h3>Tin liên quan</h3><ul><li><a href=\"/a\">Hội nghị tổng kết công tác giảm nghèo năm 2022</a></li><li><a href=\"/b\">Tập huấn nghiệp vụ bảo trợ xã hội cho cán bộ cấp xã</a></li></ul></div></div></div>");
        sb.Append("<div class=\"footer\">Địa chỉ: Số 8 Phạm Sư Mệnh. Điện thoại: 0220 3853 734. Đang truy cập: 43</div></body></html>");
        return sb.ToString();
    }

    [Fact]
    public void Short_notice_in_a_portal_layout_keeps_every_paragraph_and_loses_the_furniture()
    {
        var seed = TestDocuments.CleanSeed("003");
        var paragraphs = seed.Text.Split('\n').Take(2).ToList();
        Assert.InRange(paragraphs.Sum(p => p.Split(' ').Length), 100, 200);
        var html = PortalPage(seed.Title!, paragraphs);
        var a = TestDocuments.Pipeline.Clean(new RawDocument("p.html", Encoding.UTF8.GetBytes(html), "https://www.soldtbxh.haiduong.gov.vn/x", null, DocumentKind.Html));
        Assert.Equal(string.Join("\n", paragraphs), a.Text);
        Assert.Equal(seed.Title, a.Title);
        Assert.Equal(new DateOnly(2023, 8, 7), a.Published);
        Assert.Equal("https://soldtbxh.haiduong.gov.vn/tin-tuc/ky-ket.html", a.Url);
        Assert.Equal("soldtbxh.haiduong.gov.vn", a.Site);
    }

    [Fact]
    public void Published_time_is_read_in_vietnam_time_and_never_in_the_future()
    {
        var late = "<html><head><meta property=\"article:published_time\" content=\"2023-08-06T20:30:00Z\"></head><body><p>x</p></body></html>";
        var a = TestDocuments.Pipeline.Clean(new RawDocument("a.html", Encoding.UTF8.GetBytes(late), null, null, DocumentKind.Html));
        Assert.Equal(new DateOnly(2023, 8, 7), a.Published);
        var future = "<html><head><meta property=\"article:published_time\" content=\"2031-01-01T08:00:00+07:00\"></head><body><p>x</p></body></html>";
        var b = TestDocuments.Pipeline.Clean(new RawDocument("b.html", Encoding.UTF8.GetBytes(future), null, null, DocumentKind.Html));
        Assert.Null(b.Published);
    }

    [Fact]
    public void Title_tag_loses_its_site_suffix()
    {
        Assert.Equal("Những người khổ hạnh vì bớt lạ", Html.TitleChooser.WithoutSiteSuffix("Những người khổ hạnh vì bớt lạ - Ảnh | Trang thông tin dành cho giới trẻ - VnExpress iOne"));
        Assert.Equal("Thiếu tiền hụi, xách dao đi “nói chuyện” với chủ nợ", Html.TitleChooser.WithoutSiteSuffix("Thiếu tiền hụi, xách dao đi “nói chuyện” với chủ nợ | Pháp luật | Người Lao Động Online"));
    }

    [Theory]
    [InlineData(1500)]
    [InlineData(60000)]
    public void Absurdly_nested_markup_is_read_without_overflowing_the_stack(int depth)
    {
        var seed = TestDocuments.CleanSeed("002");
        var lead = seed.Text.Split('\n')[0];
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>" + lead + "</p></body></html>";
        var a = TestDocuments.Pipeline.Clean(new RawDocument("deep.html", Encoding.UTF8.GetBytes(html), null, null, DocumentKind.Html));
        Assert.Contains(lead, a.Text);
    }
}
