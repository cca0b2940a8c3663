using System.Text.Json;
using Extraction.Extract.Items;
using Extraction.Extract.Model;

namespace Extraction.Extract.Tests.Items;

/// <summary>The examples of Specs/ContentItems.md, one theory case each.</summary>
public sealed class ContentItemSpecTests
{
    public static TheoryData<string, string, string> Examples => DetailSpecLoader.Load("ContentItems.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Finds_the_listed_items_of_the_spec_example(string name, string input, string expectedJson)
    {
        var expected = JsonSerializer.Deserialize<string[]>(expectedJson) ?? [];

        var items = ContentItemFinder.Find(input, new TextSpan(0, input.Length));

        Assert.True(expected.SequenceEqual(items.Select(i => i.Text)),
            $"{name}\nexpected: {string.Join(" | ", expected)}\nactual:   {string.Join(" | ", items.Select(i => i.Text))}");
    }

    [Fact]
    public void Every_item_span_gives_its_text_back()
    {
        const string text = "Lễ ký kết.\nHai bên thống nhất 02 nội dung: (1) Tuyên truyền pháp luật; (2) Tập huấn cán bộ.";
        var items = ContentItemFinder.Find(text, new TextSpan(0, text.Length));
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal(i.Text, i.Span.Slice(text)));
    }

    [Fact]
    public void A_list_outside_the_scope_is_not_found()
    {
        const string text = "Các nội dung đã thực hiện gồm: Tuyên truyền; Tập huấn.\nHai bên ký kết chương trình mới.";
        var scopeStart = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        Assert.Empty(ContentItemFinder.Find(text, new TextSpan(scopeStart, text.Length)));
        Assert.Equal(2, ContentItemFinder.Find(text, new TextSpan(0, text.Length)).Count);
    }
}
