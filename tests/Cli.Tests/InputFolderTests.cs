namespace Extraction.Cli.Tests;

/// <summary>Folders given to extract/ingest/eval that hold nothing usable are said to, not silently processed as empty.</summary>
public sealed class InputFolderTests
{
    [Theory]
    [InlineData("extract")]
    [InlineData("clean")]
    [InlineData("ingest")]
    public void A_folder_with_no_supported_files_is_warned_about(string command)
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("notes.doc"), "not an input");
        string[] args = command == "ingest" ? [command, dir.Path, "--db", dir.File("x.db")] : [command, dir.Path];

        var run = CliRun.Of(args);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains($"warning: {dir.Path}: no supported files", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_on_a_folder_without_txt_and_gold_pairs_is_a_user_error()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("a.txt"), "Ký kết chương trình phối hợp.");
        File.WriteAllText(dir.File("b.gold.json"), "{}");

        var run = CliRun.Of("eval", dir.Path);

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains(".gold.json", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Eval_predictions_to_an_unwritable_path_is_a_user_error()
    {
        using var dir = new TempFolder();
        var target = Path.Combine(dir.Path, "no", "such", "folder", "p.jsonl");

        var run = CliRun.Of("eval", RepoPaths.Seeds, "--predictions", target);

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("cannot write", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }
}
