using System.Text;
using Extraction.Extract.Items;
using Extraction.Extract.Model;
using Extraction.Extract.People;
using Extraction.Extract.References;
using Extraction.Extract.Tests.Support;

namespace Extraction.Extract.Tests.Items;

/// <summary>Odd input is a value: the finders never throw, and every span lies in its scope and gives its text back.</summary>
public sealed class FinderRobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData(":")]
    [InlineData("(1)(2)(3)")]
    [InlineData("gồm các nội dung:")]
    [InlineData("gồm các nội dung: ;;;")]
    [InlineData("- \n- \n")]
    [InlineData("Nghị quyết số 1/ ngày 31/2/2021 của")]
    [InlineData("đồng chí Nguyễn Văn")]
    [InlineData("ông A B, Chủ tịch")]
    public void Odd_text_gives_a_value_not_an_exception(string text)
    {
        var scope = new TextSpan(0, text.Length);
        Assert.All(ContentItemFinder.Find(text, scope), i => Assert.Equal(i.Text, i.Span.Slice(text)));
        Assert.All(ReferenceFinder.Find(text, scope), r => Assert.Equal(r.Text, r.Span.Slice(text)));
        Assert.All(PeopleFinder.Find(text, scope), p => Assert.Equal(p.Name, p.Span.Slice(text)));
    }

    [Fact]
    public void A_scope_past_the_text_end_is_clamped()
    {
        const string text = "Hai bên thống nhất 02 nội dung: (1) Tuyên truyền; (2) Tập huấn.";
        Assert.Equal(2, ContentItemFinder.Find(text, new TextSpan(0, text.Length + 50)).Count);
    }

    [ExtractSharedDataFact]
    public void Random_scopes_over_the_dev_pages_keep_every_span_inside_its_scope()
    {
        var random = new Random(20260521);
        foreach (var file in Directory.GetFiles(RepoPaths.DevCorpus, "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file).Normalize(NormalizationForm.FormC);
            for (var k = 0; k < 10; k++)
            {
                var a = random.Next(text.Length + 1);
                var b = random.Next(text.Length + 1);
                var scope = new TextSpan(Math.Min(a, b), Math.Max(a, b));
                foreach (var span in ContentItemFinder.Find(text, scope).Select(i => i.Span)
                    .Concat(ReferenceFinder.Find(text, scope).Select(r => r.Span))
                    .Concat(PeopleFinder.Find(text, scope).Select(p => p.Span)))
                {
                    Assert.InRange(span.Start, scope.Start, span.End);
                    Assert.InRange(span.End, span.Start, scope.End);
                }
            }
        }
    }
}
