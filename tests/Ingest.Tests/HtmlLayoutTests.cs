using System.Text;

namespace Extraction.Ingest.Tests;

/// <summary>Layouts where the best-scoring block alone is not the article: lead boxes, several stories, ruby text.</summary>
public sealed class HtmlLayoutTests
{
    private static Article Clean(string html) =>
        TestDocuments.Pipeline.Clean(new RawDocument("p.html", Encoding.UTF8.GetBytes(html), null, null, DocumentKind.Html));

    private static string Paragraphs(IEnumerable<string> paragraphs) => string.Concat(paragraphs.Select(p => "<p>" + p + "</p>"));

    [Fact]
    public void Lead_in_a_box_of_its_own_before_the_article_is_kept()
    {
        var seed = TestDocuments.CleanSeed("003");
        var body = seed.Text.Split('\n').Take(2).ToList();
        const string lead = "Sáng nay hai đơn vị đã ký kết chương trình phối hợp thực hiện công tác giảm nghèo và bảo trợ xã hội trong giai đoạn mới.";
        var html = "<html><head><title>" + seed.Title + "</title></head><body><div class=\"col\">"
            + "<div class=\"box\"><article><h1>" + seed.Title + "</h1><div class=\"intro\"><p>" + lead + "</p></div></article></div>"
            + "<div class=\"box\"><article><div class=\"text\">" + Paragraphs(body) + "</div></article></div>"
            + "</div><div class=\"col2\"><div class=\"box\"><article><p>" + seed.Text.Split('\n')[2] + "</p></article></div></div></body></html>";
        var a = Clean(html);
        Assert.StartsWith(lead + "\n", a.Text, StringComparison.Ordinal);
        Assert.EndsWith(body[^1], a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_with_the_next_story_loaded_below_keeps_the_story_under_its_own_headline()
    {
        var first = TestDocuments.CleanSeed("003");
        var next = TestDocuments.CleanSeed("004");
        Assert.True(next.Text.Length > first.Text.Length);
        var html = "<html><head><title>" + first.Title + "</title></head><body>"
            + "<div class=\"story\"><h1>" + first.Title + "</h1><div class=\"text\">" + Paragraphs(first.Text.Split('\n')) + "</div></div>"
            + "<div class=\"story\"><h1>" + next.Title + "</h1><div class=\"text\">" + Paragraphs(next.Text.Split('\n')) + "</div></div>"
            + "</body></html>";
        var a = Clean(html);
        var firstParagraphs = first.Text.Split('\n');
        Assert.StartsWith(firstParagraphs[0], a.Text, StringComparison.Ordinal);
        Assert.Contains(firstParagraphs[^2], a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(next.Text.Split('\n')[1], a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ruby_readings_are_not_part_of_the_text()
    {
        var html = "<html><body><article><p><ruby>法律<rp>(</rp><rt>ほうりつ</rt><rp>)</rp></ruby>ができて、親が子どもを教育するために、"
            + "体罰をしてはいけないと決めました。新しい法律は来年の四月から始まります。</p></article></body></html>";
        var a = Clean(html);
        Assert.StartsWith("法律ができて、", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ほうりつ", a.Text, StringComparison.Ordinal);
    }
}
