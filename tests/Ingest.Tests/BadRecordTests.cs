using System.Text;
using System.Text.Json;

namespace Extraction.Ingest.Tests;

/// <summary>Text that is not valid Unicode costs one record or one character, never the page or the run.</summary>
public sealed class BadRecordTests : IDisposable
{
    private readonly Scratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void A_lone_surrogate_escape_fails_its_json_lines_record_and_the_next_records_are_read()
    {
        var good = JsonSerializer.Serialize(new { url = "https://a.vn/2", text = File.ReadAllText(_scratch.Seed("s.txt")) });
        var path = _scratch.Write("p.jsonl", Encoding.UTF8.GetBytes("{\"url\":\"https://a.vn/1\",\"text\":\"x \\ud800 y\"}\n" + good + "\n"));

        var items = InputReader.Read([path]).ToList();

        Assert.Equal(2, items.Count);
        Assert.Equal(path + "#line1", items[0].Source);
        Assert.Contains("lone surrogate", items[0].Error, StringComparison.Ordinal);
        Assert.Equal("https://a.vn/2", items[1].Document!.Url);
    }

    [Theory]
    [InlineData("&#xD800;")]
    [InlineData("&#55296;")]
    [InlineData("&#xDFFF;&#xD800;")]
    public void A_lone_surrogate_character_reference_does_not_fail_its_html_page(string reference)
    {
        var seed = File.ReadAllText(_scratch.Seed("s.txt"));
        var html = $"<html><head><title>Ký kết {reference}</title></head><body><article><p>{reference} {seed.Replace("\n", "</p><p>", StringComparison.Ordinal)}</p></article></body></html>";

        var article = new IngestPipeline().Clean(new RawDocument("p.html", Encoding.UTF8.GetBytes(html), null, "utf-8", DocumentKind.Html));

        Assert.Contains("Ủy ban MTTQ Việt Nam tỉnh Trà Vinh", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Text, c => char.IsSurrogate(c));
        Assert.NotNull(Encoding.UTF8.GetBytes(article.Text + article.Title));
    }

    [Fact]
    public void A_lone_surrogate_escape_in_json_ld_leaves_the_page_to_its_meta_tags()
    {
        var seed = File.ReadAllText(_scratch.Seed("s.txt"));
        var html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"x \\ud800\"}</script></head>"
            + $"<body><article><p>{seed.Replace("\n", "</p><p>", StringComparison.Ordinal)}</p></article></body></html>";

        var article = new IngestPipeline().Clean(new RawDocument("p.html", Encoding.UTF8.GetBytes(html), null, "utf-8", DocumentKind.Html));

        Assert.Contains("Trà Vinh", article.Text, StringComparison.Ordinal);
    }
}
