using Extraction.Ingest;

namespace Extraction.Extract.Tests.Items;

/// <summary>Contents described before the ceremony sentence (extract-gaps class 3): invented pages in the genre's layout.</summary>
public sealed class ContentsBeforeTests
{
    private static readonly AgreementExtractor Extractor = new();

    private static Article Page(string text) => new("test", "test.txt", null, null, null, null, null, text);

    [Fact]
    public void A_contents_list_that_names_the_document_before_the_signing_sentence_gives_its_items()
    {
        const string text = "Quy chế phối hợp gồm các nội dung chính: phối hợp tuyên truyền pháp luật cho đoàn viên; trao đổi thông tin về tình hình an ninh trật tự; tổ chức kiểm tra, giám sát việc thực hiện.\n"
            + "Sáng 3/4, Công an huyện Tân Phú và Huyện đoàn Tân Phú đã ký kết Quy chế phối hợp.\n";
        var items = Assert.Single(Extractor.Extract(Page(text)).Agreements).Items;
        Assert.Equal(
            [("phối hợp tuyên truyền pháp luật cho đoàn viên", 41, 86), ("trao đổi thông tin về tình hình an ninh trật tự", 88, 135), ("tổ chức kiểm tra, giám sát việc thực hiện", 137, 178)],
            items.Select(i => (i.Text, i.Span.Start, i.Span.End)).ToArray());
        Assert.All(items, i => Assert.Equal(i.Text, text[i.Span.Start..i.Span.End]));
    }

    [Fact]
    public void A_list_before_the_signing_that_names_no_document_is_not_its_contents()
    {
        const string text = "Năm qua, huyện đạt nhiều kết quả trên các lĩnh vực: kinh tế tăng trưởng khá; an sinh xã hội được bảo đảm; quốc phòng được giữ vững.\n"
            + "Sáng 3/4, Công an huyện Tân Phú và Huyện đoàn Tân Phú đã ký kết Quy chế phối hợp.\n";
        Assert.Empty(Assert.Single(Extractor.Extract(Page(text)).Agreements).Items);
    }
}
