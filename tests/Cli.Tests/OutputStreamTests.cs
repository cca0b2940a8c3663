using System.Text.Json;
using Spectre.Console;

namespace Extraction.Cli.Tests;

/// <summary>Data on stdout, everything else on stderr; --quiet, --verbose and NO_COLOR do what they say.</summary>
public sealed class OutputStreamTests
{
    [Fact]
    public void Extract_prints_only_json_on_stdout_and_its_summary_on_stderr()
    {
        var run = CliRun.Of("extract", RepoPaths.Seeds);

        Assert.Equal(5, run.OutLines.Length);
        Assert.All(run.OutLines, l => JsonDocument.Parse(l).Dispose());
        Assert.Contains("files: 5", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--quiet", "extract")]
    [InlineData("extract", "--quiet")]
    [InlineData("extract", "-q")]
    public void Quiet_drops_summaries_but_not_data(params string[] args)
    {
        var run = CliRun.Of([.. args, RepoPaths.Seeds]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(5, run.OutLines.Length);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Quiet_still_reports_errors()
    {
        var run = CliRun.Of("extract", "--quiet", "no/such/file.txt");

        Assert.Contains("no/such/file.txt", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_ingest_prints_nothing()
    {
        using var dir = new TempFolder();

        var run = CliRun.Of("ingest", RepoPaths.Seeds, "--db", dir.File("q.db"), "--quiet");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Verbose_reports_each_input_on_stderr_and_leaves_stdout_alone()
    {
        var run = CliRun.Of("extract", RepoPaths.Seeds, "--verbose");

        Assert.Equal(5, run.OutLines.Length);
        Assert.Equal(5, run.ErrorLines.Count(l => l.StartsWith("ok: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Ingest_on_a_terminal_keeps_stdout_to_the_summary()
    {
        using var dir = new TempFolder();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = AgreementsCli.Run(["ingest", RepoPaths.Seeds, "--db", dir.File("t.db")], new CliConsole(stdout, stderr, IsTerminal: true));

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("files: 5, records: 5, articles: 5, agreements: 5, errors: 0", stdout.ToString().Trim());
    }

    [Fact]
    public void NO_COLOR_turns_colour_off()
    {
        var plain = new CliConsole(TextWriter.Null, TextWriter.Null, true) { Variables = n => n == "NO_COLOR" ? "1" : null };
        var usual = new CliConsole(TextWriter.Null, TextWriter.Null, true) { Variables = _ => null };

        Assert.False(plain.UsesColor);
        Assert.True(usual.UsesColor);
        Assert.Equal(ColorSystem.NoColors, ProgressConsole.Create(plain).Profile.Capabilities.ColorSystem);
    }
}
