namespace Extraction.Web.Tests;

public sealed class ServeOptionsTests
{
    [Fact]
    public void Serves_loopback_and_the_default_store_when_given_nothing()
    {
        var options = ServeOptions.Parse([], NoEnvironment);

        Assert.Equal("agreements.db", options.Db);
        Assert.Equal(ServeOptions.DefaultUrls, options.Urls);
        Assert.Empty(options.RemoteAddresses());
    }

    [Fact]
    public void Takes_the_store_from_the_environment_unless_db_is_given()
    {
        Assert.Equal("env.db", ServeOptions.Parse([], Environment("env.db")).Db);
        Assert.Equal("x.db", ServeOptions.Parse(["--db", "x.db"], Environment("env.db")).Db);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://192.168.1.4:5080")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://127.0.0.1:5080;http://example.org:80")]
    public void Refuses_an_address_other_machines_reach_without_allow_remote(string urls)
    {
        var e = Assert.Throws<ArgumentException>(() => ServeOptions.Parse(["--urls", urls], NoEnvironment));

        Assert.Contains("--allow-remote", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serves_a_remote_address_with_allow_remote_and_names_it_for_the_warning()
    {
        var options = ServeOptions.Parse(["--urls", "http://0.0.0.0:5080", "--allow-remote"], NoEnvironment);

        Assert.Equal(["http://0.0.0.0:5080"], options.RemoteAddresses());
    }

    [Theory]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("http://127.0.0.2:5080")]
    public void Counts_localhost_and_loopback_ips_as_loopback(string url)
    {
        Assert.Empty(ServeOptions.Parse(["--urls", url], NoEnvironment).RemoteAddresses());
    }

    [Theory]
    [InlineData("--port")]
    [InlineData("--db")]
    public void Refuses_unknown_or_valueless_arguments_naming_them(string arg)
    {
        var e = Assert.Throws<ArgumentException>(() => ServeOptions.Parse([arg], NoEnvironment));

        Assert.StartsWith(arg, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_key_equals_value_forms_and_passes_other_settings_to_the_host()
    {
        var options = ServeOptions.Parse(["--db=y.db", "--environment=Development"], NoEnvironment);

        Assert.Equal("y.db", options.Db);
        Assert.Equal(["--environment=Development"], options.HostArguments);
    }

    [Fact]
    public void Reads_the_store_from_a_file_named_by_at_or_by_AGREEMENTS_DB_FILE()
    {
        var file = Path.Combine(Path.GetTempPath(), $"serve-store-{Guid.NewGuid():N}");
        File.WriteAllText(file, "postgres://reader:pw@db.internal/agreements\n");
        try
        {
            var fromOption = ServeOptions.Parse(["--db", "@" + file], NoEnvironment);
            var fromEnvironment = ServeOptions.Parse([], name => name == "AGREEMENTS_DB_FILE" ? file : null);

            Assert.Equal("postgres://reader:pw@db.internal/agreements", fromOption.Db);
            Assert.Equal(fromOption.Db, fromEnvironment.Db);
            Assert.False(fromOption.PasswordOnCommandLine);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Flags_a_password_given_on_the_command_line()
    {
        Assert.True(ServeOptions.Parse(["--db", "postgres://reader:pw@db.internal/agreements"], NoEnvironment).PasswordOnCommandLine);
        Assert.False(ServeOptions.Parse(["--db", "postgres://reader@db.internal/agreements"], NoEnvironment).PasswordOnCommandLine);
    }

    [Fact]
    public void An_unreadable_store_file_is_an_argument_error_naming_it()
    {
        var e = Assert.Throws<ArgumentException>(() => ServeOptions.Parse(["--db", "@/no/such/store-setting"], NoEnvironment));

        Assert.StartsWith("--db @/no/such/store-setting: ", e.Message, StringComparison.Ordinal);
    }

    private static string? NoEnvironment(string name) => null;

    private static Func<string, string?> Environment(string db) => name => name == "AGREEMENTS_DB" ? db : null;
}
