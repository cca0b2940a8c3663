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
}
