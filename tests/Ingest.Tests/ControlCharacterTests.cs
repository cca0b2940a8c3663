using System.Text;

namespace Extraction.Ingest.Tests;

public sealed class ControlCharacterTests
{
    [Fact]
    public void Binary_noise_never_reaches_the_title_or_text()
    {
        var bytes = Encoding.UTF8.GetBytes("Ký kết\u0001\u0007 phối hợp\n\u0002Sáng 9/5, Sở A và Sở B ký kết chương trình phối hợp.\u0085\n");

        var article = TestDocuments.Pipeline.Clean(new RawDocument("noise.txt", bytes, null, null, DocumentKind.Text));

        var all = (article.Title ?? "") + article.Text;
        Assert.DoesNotContain(all, c => c < ' ' && c is not '\n' and not '\r' and not '\t');
        Assert.DoesNotContain(all, c => c is >= '\u007f' and <= '\u009f');
        Assert.Contains("Sở A và Sở B ký kết", article.Text, StringComparison.Ordinal);
    }
}
