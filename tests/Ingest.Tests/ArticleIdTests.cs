using System.Text;

namespace Extraction.Ingest.Tests;

public sealed class ArticleIdTests
{
    [Fact]
    public void Nfd_and_nfc_twins_of_a_seed_get_the_same_id()
    {
        var path = Directory.GetFiles(RepoPaths.Seeds, "001_*.txt").Single();
        var nfc = File.ReadAllText(path).Normalize(NormalizationForm.FormC);
        var nfd = nfc.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(nfc, nfd);
        var a = TestDocuments.Pipeline.Clean(new RawDocument("a.txt", Encoding.UTF8.GetBytes(nfc), null, null, DocumentKind.Text));
        var b = TestDocuments.Pipeline.Clean(new RawDocument("b.txt", Encoding.UTF8.GetBytes(nfd), null, null, DocumentKind.Text));
        Assert.Equal(a.Id, b.Id);
        Assert.Equal(a.Text, b.Text);
    }

    [Fact]
    public void Different_seeds_get_different_ids()
    {
        Assert.NotEqual(TestDocuments.CleanSeed("000").Id, TestDocuments.CleanSeed("001").Id);
    }
}
