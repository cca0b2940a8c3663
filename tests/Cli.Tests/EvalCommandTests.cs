namespace Extraction.Cli.Tests;

public sealed class EvalCommandTests
{
    [ReferenceScorerFact]
    public void Eval_on_seeds_prints_the_same_numbers_as_the_reference_scorer() =>
        AssertSameAsReference(RepoPaths.Seeds);

    [ReferenceScorerFact]
    public void Eval_on_the_dev_corpus_prints_the_same_numbers_as_the_reference_scorer() =>
        AssertSameAsReference(Path.Combine(RepoPaths.Shared, "corpus", "dev"));

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
