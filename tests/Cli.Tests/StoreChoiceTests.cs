namespace Extraction.Cli.Tests;

/// <summary>Which store a command uses: --db, else AGREEMENTS_DB, and never a file that is not a database.</summary>
public sealed class StoreChoiceTests(SeedStore seeds) : IClassFixture<SeedStore>
{
    [Fact]
    public void A_zero_byte_db_file_is_refused_not_used_as_an_empty_database()
    {
        using var dir = new TempFolder();
        var db = dir.File("empty.db");
        File.WriteAllBytes(db, []);

        var search = CliRun.Of("search", "giam", "--db", db);
        var ingest = CliRun.Of("ingest", RepoPaths.Seeds, "--db", db);

        Assert.Equal(ExitCodes.UserError, search.ExitCode);
        Assert.Equal(ExitCodes.UserError, ingest.ExitCode);
        Assert.Contains("empty file", ingest.Error, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(db).Length);
    }

    [Fact]
    public void A_db_file_that_is_not_sqlite_is_refused_and_left_untouched()
    {
        using var dir = new TempFolder();
        var db = dir.File("notes.db");
        File.WriteAllText(db, "my notes, not a database\n");

        var run = CliRun.Of("ingest", RepoPaths.Seeds, "--db", db);

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("not a SQLite database", run.Error, StringComparison.Ordinal);
        Assert.Equal("my notes, not a database\n", File.ReadAllText(db));
    }

    [Fact]
    public void AGREEMENTS_DB_sets_the_default_store()
    {
        var run = CliRun.With(new Dictionary<string, string> { ["AGREEMENTS_DB"] = seeds.Db }, "stats");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("articles: 5", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_db_option_wins_over_AGREEMENTS_DB()
    {
        var run = CliRun.With(new Dictionary<string, string> { ["AGREEMENTS_DB"] = "no/such/store.db" }, "stats", "--db", seeds.Db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("articles: 5", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("ingest")]
    public void An_empty_db_option_is_a_user_error_saying_what_to_give(string command)
    {
        string[] args = command == "ingest" ? [command, RepoPaths.Seeds, "--db", ""] : [command, "--db", " "];

        var run = CliRun.Of(args);

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Equal("error: --db: give a SQLite file or a PostgreSQL connection string", run.ErrorLines.Single());
    }

    [Fact]
    public void A_store_setting_file_names_the_store()
    {
        using var dir = new TempFolder();
        var setting = dir.File("store-setting");
        File.WriteAllText(setting, "\n" + seeds.Db + "\n");

        var run = CliRun.Of("stats", "--db", "@" + setting);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("articles: 5", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AGREEMENTS_DB_wins_over_AGREEMENTS_DB_FILE()
    {
        var run = CliRun.With(
            new Dictionary<string, string> { ["AGREEMENTS_DB"] = seeds.Db, ["AGREEMENTS_DB_FILE"] = "no/such/setting" },
            "stats");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_missing_or_empty_store_setting_file_is_a_user_error_naming_it(bool exists)
    {
        using var dir = new TempFolder();
        var setting = dir.File("store-setting");
        if (exists)
        {
            File.WriteAllText(setting, "  \n");
        }

        var run = CliRun.With(new Dictionary<string, string> { ["AGREEMENTS_DB_FILE"] = setting }, "stats");

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.StartsWith("error: AGREEMENTS_DB_FILE=" + setting + ": ", run.ErrorLines.Single(), StringComparison.Ordinal);
    }
}
