namespace Extraction.Web.Tests;

public sealed class ServeOptionsTests
{
    [Fact]
    public void Serves_loopback_and_the_default_store_when_given_nothing()
    {
        var options = ServeOptions.Parse([], environmentDb: null);

        Assert.Equal("agreements.db", options.Db);
        Assert.Equal(ServeOptions.DefaultUrls, options.Urls);
        Assert.Empty(options.RemoteAddresses());
    }

    [Fact]
    public void Takes_the_store_from_the_environment_unless_db_is_given()
    {
        Assert.Equal("env.db", ServeOptions.Parse([], "env.db").Db);
        Assert.Equal("x.db", ServeOptions.Parse(["--db", "x.db"], "env.db").Db);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://192.168.1.4:5080")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://127.0.0.1:5080;http://example.org:80")]
    public void Refuses_an_address_other_machines_reach_without_allow_remote(string urls)
    {
        var e = Assert.Throws<ArgumentException>(() => ServeOptions.Parse(["--urls", urls], null));

        Assert.Contains("--allow-remote", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serves_a_remote_address_with_allow_remote_and_names_it_for_the_warning()
    {
        var options = ServeOptions.Parse(["--urls", "http://0.0.0.0:5080", "--allow-remote"], null);

        Assert.Equal(["http://0.0.0.0:5080"], options.RemoteAddresses());
    }

    [Theory]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("http://127.0.0.2:5080")]
    public void Counts_localhost_and_loopback_ips_as_loopback(string url)
    {
        Assert.Empty(ServeOptions.Parse(["--urls", url], null).RemoteAddresses());
    }

    [Theory]
    [InlineData("--port")]
    [InlineData("--db")]
    public void Refuses_unknown_or_valueless_arguments_naming_them(string arg)
    {
        var e = Assert.Throws<ArgumentException>(() => ServeOptions.Parse([arg], null));

        Assert.StartsWith(arg, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_key_equals_value_forms_and_passes_other_settings_to_the_host()
    {
        var options = ServeOptions.Parse(["--db=y.db", "--environment=Development"], null);

        Assert.Equal("y.db", options.Db);
        Assert.Equal(["--environment=Development"], options.HostArguments);
    }
}
