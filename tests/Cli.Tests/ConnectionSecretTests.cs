namespace Extraction.Cli.Tests;

/// <summary>A password in a --db connection string never reaches a message, whichever form the string takes.</summary>
public sealed class ConnectionSecretTests
{
    private const string Secret = "s3cret-Pw9";

    [Theory]
    [InlineData("postgres://analyst:" + Secret + "@127.0.0.1:1/agreements")]
    [InlineData("Host=127.0.0.1;Port=1;Username=analyst;Password=" + Secret + ";Database=agreements;Timeout=2")]
    [InlineData("Host=127.0.0.1;Port=1;Password=" + Secret + ";Bogus Key=1")]
    public void A_failed_connection_names_the_server_without_the_password(string db)
    {
        var run = CliRun.Of("stats", "--db", db);

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("cannot open database", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_given_in_db_is_warned_of_as_visible_in_ps()
    {
        var run = CliRun.Of("stats", "--db", "postgres://analyst:" + Secret + "@127.0.0.1:1/agreements");

        Assert.Contains("visible to other users in `ps`", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_string_without_a_password_gets_no_warning()
    {
        var run = CliRun.Of("stats", "--db", "postgres://analyst@127.0.0.1:1/agreements");

        Assert.DoesNotContain("visible to other users", run.Error, StringComparison.Ordinal);
        Assert.Contains("cannot open database", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_string_read_from_a_file_is_used_and_gets_no_warning()
    {
        using var dir = new TempFolder();
        var secretFile = dir.File("db-secret");
        File.WriteAllText(secretFile, "postgres://analyst:" + Secret + "@127.0.0.1:1/agreements\n");

        var fromOption = CliRun.Of("stats", "--db", "@" + secretFile);
        var fromEnvironment = CliRun.With(new Dictionary<string, string> { ["AGREEMENTS_DB_FILE"] = secretFile }, "stats");

        foreach (var run in new[] { fromOption, fromEnvironment })
        {
            // It reached the server named in the file (and failed there, port 1), without showing the password.
            Assert.Contains("analyst:***@127.0.0.1:1", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("visible to other users", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, run.Error, StringComparison.Ordinal);
        }
    }
}
