using Extraction.Extract.Tests.Support;

namespace Extraction.Extract.Tests.Corpus;

/// <summary>Guards on the 84-page dev corpus (real pages, 2006-2026): detection and dates stay at the level.</summary>
public sealed class DevCorpusTests
{
    private static readonly AgreementExtractor Extractor = new();

    [ExtractSharedDataFact]
    public void Detection_agrees_with_gold_on_at_least_95_percent_of_dev_pages()
    {
        var pages = GoldArticle.LoadFolder(SharedData.Path("corpus", "dev")).Where(g => !g.Excluded).ToList();
        var wrong = pages.Where(g => Extractor.Extract(g.Article).IsAgreement != g.IsAgreement).Select(g => g.Name).ToList();
        Assert.True(wrong.Count <= pages.Count / 20, "detection differs from gold on: " + string.Join(", ", wrong));
    }

    [ExtractSharedDataFact]
    public void Never_dates_a_signing_after_its_page_date()
    {
        foreach (var g in GoldArticle.LoadFolder(SharedData.Path("corpus", "dev")).Where(g => g.Article.Published is not null))
        {
            foreach (var a in Extractor.Extract(g.Article).Agreements)
            {
                if (a.SignedOn?.ToDateOnly() is { } d)
                {
                    Assert.True(d <= g.Article.Published, $"{g.Name}: {d} after page date {g.Article.Published}");
                }
            }
        }
    }
}
