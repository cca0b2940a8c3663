using System.Text.Json;

namespace Extraction.Cli.Tests;

/// <summary>`show` takes the ids search prints (ID and ID#N) and says clearly when one names nothing or several things.</summary>
public sealed class ShowCommandTests(SeedStore seeds) : IClassFixture<SeedStore>
{
    [Fact]
    public void Show_id_hash_n_prints_that_agreement_of_the_article()
    {
        using var search = JsonDocument.Parse(CliRun.Of("search", "Hai Duong", "--json", "--db", seeds.Db).Out);
        var hit = search.RootElement.GetProperty("hits")[0];
        var id = $"{hit.GetProperty("article_id").GetString()}#{hit.GetProperty("agreement").GetInt32()}";

        var run = CliRun.Of("show", id, "--db", seeds.Db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var shown = JsonDocument.Parse(run.Out);
        Assert.Equal(hit.GetProperty("article_id").GetString(), shown.RootElement.GetProperty("article_id").GetString());
        Assert.Equal(hit.GetProperty("agreement").GetInt32(), shown.RootElement.GetProperty("agreement").GetInt32());
        Assert.Equal(hit.GetProperty("kind").GetString(), shown.RootElement.GetProperty("kind").GetString());
        Assert.True(shown.RootElement.GetProperty("parties").GetArrayLength() > 0);
    }

    [Fact]
    public void Show_id_hash_n_past_the_last_agreement_says_it_does_not_exist()
    {
        var id = FirstId();

        var run = CliRun.Of("show", id + "#7", "--db", seeds.Db);

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("no such agreement", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("#0")]
    public void Show_with_an_empty_id_is_a_user_error_saying_what_to_give(string id)
    {
        var run = CliRun.Of("show", id, "--db", seeds.Db);

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("give an article id", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_with_a_prefix_of_several_ids_is_a_user_error_listing_them()
    {
        var shared = CliRun.Of("export", "--db", seeds.Db).OutLines
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!)
            .GroupBy(id => id[..1])
            .First(g => g.Distinct().Count() > 1);

        var run = CliRun.Of("show", shared.Key, "--db", seeds.Db);

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("ambiguous", run.Error, StringComparison.Ordinal);
        Assert.All(shared, id => Assert.Contains(id, run.Error, StringComparison.Ordinal));
    }

    [Fact]
    public void Show_with_an_unknown_id_is_a_user_error()
    {
        var run = CliRun.Of("show", "zzzz", "--db", seeds.Db);

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("no stored article", run.Error, StringComparison.Ordinal);
    }

    private string FirstId()
    {
        using var doc = JsonDocument.Parse(CliRun.Of("export", "--db", seeds.Db).OutLines[0]);
        return doc.RootElement.GetProperty("id").GetString()!;
    }
}
