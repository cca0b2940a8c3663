using Extraction.Extract.Serialization;
using Extraction.Extract.Tests.Support;

namespace Extraction.Extract.Tests.Corpus;

/// <summary>
/// Writes predictions for the seeds and the dev corpus as JSON Lines under the temp folder, for
/// <c>python3 ../shared/tools/score.py ../shared/corpus/dev $TMPDIR/extract-dev.jsonl --verbose</c>.
/// </summary>
public sealed class PredictionDump
{
    [ExtractSharedDataFact]
    public void Writes_seed_and_dev_predictions_for_the_reference_scorer()
    {
        var extractor = new AgreementExtractor();
        foreach (var (folder, file) in new[] { ("seeds", "extract-seeds.jsonl"), ("corpus/dev", "extract-dev.jsonl") })
        {
            var lines = GoldArticle.LoadFolder(SharedData.Path(folder.Split('/')))
                .Select(g => ArticleJson.ToJsonLine(extractor.Extract(g.Article)))
                .ToList();
            File.WriteAllLines(Path.Combine(Path.GetTempPath(), file), lines);
            Assert.NotEmpty(lines);
        }
    }
}
