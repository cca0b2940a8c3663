namespace Extraction.Cli.Tests;

/// <summary>The input size limits are options of the commands that read inputs, and hostile folders cost one report each.</summary>
public sealed class InputLimitOptionTests
{
    [Theory]
    [InlineData("extract")]
    [InlineData("clean")]
    public void Max_page_size_skips_a_larger_page_naming_the_option(string command)
    {
        var seed = Directory.GetFiles(RepoPaths.Seeds, "001_*.txt").Single();

        var run = CliRun.Of(command, seed, "--max-page-size", "1K");

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("page size limit of 1 KiB (--max-page-size)", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void A_size_that_is_not_one_is_an_argument_error()
    {
        var run = CliRun.Of("extract", RepoPaths.Seeds, "--max-file-size", "lots");

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("--max-file-size lots", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Ingesting_a_folder_with_a_link_loop_stores_each_file_once()
    {
        using var dir = new TempFolder();
        var inputs = Directory.CreateDirectory(dir.File("in")).FullName;
        File.Copy(Directory.GetFiles(RepoPaths.Seeds, "001_*.txt").Single(), Path.Combine(inputs, "a.txt"));
        Directory.CreateSymbolicLink(Path.Combine(inputs, "loop"), inputs);

        var run = CliRun.Of("ingest", inputs, "--db", dir.File("l.db"));

        Assert.Contains("files: 1, records: 1, articles: 1", run.Out, StringComparison.Ordinal);
        Assert.Single(CliRun.Of("export", "--db", dir.File("l.db")).OutLines);
    }
}
