using System.Text.Json;

namespace Extraction.Cli.Tests;

/// <summary>The command line as people type it: words without quotes, one-line argument errors, the command's own name.</summary>
public sealed class CommandLineTests(SeedStore seeds) : IClassFixture<SeedStore>
{
    [Fact]
    public void Unquoted_words_after_search_are_one_query()
    {
        var unquoted = CliRun.Of("search", "giam", "ngheo", "--json", "--db", seeds.Db);
        var quoted = CliRun.Of("search", "giam ngheo", "--json", "--db", seeds.Db);

        Assert.Equal(ExitCodes.Success, unquoted.ExitCode);
        Assert.Equal(quoted.Out, unquoted.Out);
        Assert.True(Total(unquoted) > 0);
    }

    [Fact]
    public void A_field_value_whose_quotes_the_shell_removed_is_still_one_value()
    {
        // The shell turns  party:"Trà Vinh"  into the one argument  party:Trà Vinh
        var fromShell = CliRun.Of("search", "party:Trà Vinh", "--json", "--db", seeds.Db);
        var asTyped = CliRun.Of("search", "party:\"Trà Vinh\"", "--json", "--db", seeds.Db);

        Assert.Equal(asTyped.Out, fromShell.Out);
        Assert.Equal(1, Total(fromShell));
    }

    [Fact]
    public void An_exclusion_word_is_part_of_the_query_not_an_unknown_option()
    {
        var all = CliRun.Of("search", "giam", "--json", "--db", seeds.Db);
        var excluded = CliRun.Of("search", "giam", "-ngheo", "--json", "--db", seeds.Db);

        Assert.Equal(ExitCodes.Success, excluded.ExitCode);
        Assert.True(Total(excluded) < Total(all));
    }

    [Fact]
    public void An_excluded_phrase_whose_quotes_the_shell_removed_is_still_one_phrase()
    {
        // The shell turns  -"Trà Vinh"  into the one argument  -Trà Vinh
        var fromShell = CliRun.Of("search", "giam", "-Trà Vinh", "--json", "--db", seeds.Db);
        var asTyped = CliRun.Of("search", "giam -\"Trà Vinh\"", "--json", "--db", seeds.Db);

        Assert.Equal(ExitCodes.Success, fromShell.ExitCode);
        Assert.Equal(asTyped.Out, fromShell.Out);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("search", "--help")]
    [InlineData("ingest", "--help")]
    public void Help_names_the_command_agreements_not_the_assembly(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("agreements", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Extraction.Cli", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search", "giam", "--limit", "abc")]
    [InlineData("search", "giam", "--page", "0")]
    [InlineData("search", "giam", "--page", "99999999999")]
    [InlineData("extract", "--frobnicate", "x")]
    [InlineData("frobnicate")]
    [InlineData("extract")]
    [InlineData("export", "--format", "xml")]
    [InlineData]
    public void Argument_error_is_one_line_on_stderr_with_exit_1_and_no_help_dump(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Empty(run.Out);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains("agreements", line, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Int32", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_number_names_the_option_and_the_value()
    {
        var run = CliRun.Of("search", "giam", "--limit", "abc", "--db", seeds.Db);

        Assert.Contains("--limit abc", run.Error, StringComparison.Ordinal);
    }

    private static int Total(CliRun run)
    {
        using var doc = JsonDocument.Parse(run.Out);
        return doc.RootElement.GetProperty("total").GetInt32();
    }
}
