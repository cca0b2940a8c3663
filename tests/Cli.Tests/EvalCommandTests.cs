namespace Extraction.Cli.Tests;

public sealed class EvalCommandTests
{
    [ReferenceScorerFact]
    public void Eval_on_seeds_prints_the_same_numbers_as_the_reference_scorer() =>
        AssertSameAsReference(RepoPaths.Seeds);

    [ReferenceScorerFact]
    public void Eval_on_the_dev_corpus_prints_the_same_numbers_as_the_reference_scorer() =>
        AssertSameAsReference(Path.Combine(RepoPaths.Shared, "corpus", "dev"));

    /// <summary>
    /// The whole dev set (187 pages, 185 scored) stays at the level measured: detection 0.975 with extractor 0.4.5,
    /// parties 0.880 and signing date 0.918 with 0.4.56 and 0.4.60 (the date limit lowered from 0.94 on purpose when the
    /// rules that gained only on the pages they were written from went, docs/decisions.md), signing date 0.926 with
    /// 0.4.104 and 0.934 with 0.4.105 (an en-dashed day), items 0.972, page date 1.0 with 0.4.0. Raise these as the extractor improves.
    /// </summary>
    [SharedDataFact]
    public void Eval_on_the_dev_corpus_stays_at_the_measured_level()
    {
        var run = CliRun.Of("eval", Path.Combine(RepoPaths.Shared, "corpus", "dev"), "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var result = System.Text.Json.JsonDocument.Parse(run.Out);
        var root = result.RootElement;
        Assert.True(root.GetProperty("detection").GetProperty("f1").GetDouble() >= 0.97, run.Out);
        Assert.True(root.GetProperty("parties").GetProperty("f1").GetDouble() >= 0.875, run.Out);
        Assert.True(root.GetProperty("signing_date_accuracy").GetDouble() >= 0.93, run.Out);
        Assert.True(root.GetProperty("items").GetProperty("f1").GetDouble() >= 0.97, run.Out);
        Assert.True(root.GetProperty("published_accuracy").GetDouble() >= 1.0, run.Out);
    }

    [Fact]
    public void Eval_of_a_missing_folder_exits_1()
    {
        var run = CliRun.Of("eval", "no/such/gold");

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("no/such/gold", run.Error, StringComparison.Ordinal);
    }

    private static void AssertSameAsReference(string goldDir)
    {
        var predictions = Path.GetTempFileName();
        try
        {
            var run = CliRun.Of("eval", goldDir, "--predictions", predictions);

            Assert.Equal(ExitCodes.Success, run.ExitCode);
            Assert.Equal(ReferenceScorer.Score(goldDir, predictions).Trim(), run.Out.Trim());
        }
        finally
        {
            File.Delete(predictions);
        }
    }
}
