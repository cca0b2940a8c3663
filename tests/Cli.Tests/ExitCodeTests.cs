using System.IO.Compression;

namespace Extraction.Cli.Tests;

public sealed class ExitCodeTests
{
    [Fact]
    public void Missing_path_exits_1_and_names_it_on_stderr()
    {
        var run = CliRun.Of("extract", "no/such/folder");

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("no/such/folder", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.OutLines);
    }

    [Fact]
    public void Unknown_command_exits_1()
    {
        Assert.Equal(ExitCodes.UserError, CliRun.Of("frobnicate").ExitCode);
    }

    [Fact]
    public void Serve_reached_in_the_cli_itself_says_to_start_it_through_the_script_and_exits_1()
    {
        var run = CliRun.Of("serve", "--db", "x.db");

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("./agreements serve", run.Error, StringComparison.Ordinal);
        Assert.Contains("serve", CliRun.Of("--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_without_paths_exits_1()
    {
        Assert.Equal(ExitCodes.UserError, CliRun.Of("extract").ExitCode);
    }

    [Fact]
    public void Broken_file_is_reported_and_the_batch_goes_on_with_exit_0()
    {
        var dir = Directory.CreateTempSubdirectory("agreements-cli-");
        try
        {
            File.Copy(Directory.GetFiles(RepoPaths.Seeds, "001_*.txt").Single(), Path.Combine(dir.FullName, "a.txt"));
            File.WriteAllBytes(Path.Combine(dir.FullName, "b.txt.gz"), [0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, 0xff, 0xff, 0xff, 0xff]);

            var run = CliRun.Of("extract", dir.FullName);

            Assert.Equal(ExitCodes.Success, run.ExitCode);
            Assert.Contains("b.txt.gz", run.Error, StringComparison.Ordinal);
            Assert.Contains("errors: 1", run.Error, StringComparison.Ordinal);
            Assert.Single(run.OutLines);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Search_on_a_missing_database_exits_1_naming_it()
    {
        var run = CliRun.Of("search", "giam ngheo", "--db", "no-such-dir/none.db");

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("none.db", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_input_is_read_like_the_plain_file()
    {
        var dir = Directory.CreateTempSubdirectory("agreements-cli-");
        try
        {
            var seed = Directory.GetFiles(RepoPaths.Seeds, "003_*.txt").Single();
            var gz = Path.Combine(dir.FullName, "seed.txt.gz");
            using (var output = new GZipStream(File.Create(gz), CompressionLevel.Fastest))
            {
                output.Write(File.ReadAllBytes(seed));
            }

            var plain = CliRun.Of("extract", seed);
            var zipped = CliRun.Of("extract", gz);

            Assert.Equal(ExitCodes.Success, zipped.ExitCode);
            Assert.Equal(
                plain.OutLines.Single().Split("\"url\"")[1],
                zipped.OutLines.Single().Split("\"url\"")[1]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
