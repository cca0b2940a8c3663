using System.Text.Json;

namespace Extraction.Cli.Tests;

/// <summary>What search prints: pages, dates given as years, scores, article hits.</summary>
public sealed class SearchOutputTests(SeedStore seeds) : IClassFixture<SeedStore>
{
    [Fact]
    public void A_page_past_the_last_says_so()
    {
        var run = CliRun.Of("search", "giam", "--limit", "2", "--page", "9", "--db", seeds.Db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("page 9 is beyond the last page", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_largest_page_number_never_overflows_into_negative_ranks()
    {
        var run = CliRun.Of("search", "giam", "--limit", "2", "--page", "2147483647", "--db", seeds.Db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("page 2147483647 is beyond the last page", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("-", run.OutLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(run.OutLines, l => l.StartsWith('-'));
    }

    [Fact]
    public void Json_says_which_page_and_how_many_there_are()
    {
        using var doc = JsonDocument.Parse(CliRun.Of("search", "giam", "--limit", "2", "--page", "9", "--json", "--db", seeds.Db).Out);

        Assert.Equal(9, doc.RootElement.GetProperty("page").GetInt32());
        Assert.True(doc.RootElement.GetProperty("pages").GetInt32() < 9);
        Assert.Equal(0, doc.RootElement.GetProperty("hits").GetArrayLength());
    }

    [Theory]
    [InlineData("--from", "from:")]
    [InlineData("--to", "to:")]
    public void A_bare_year_option_works_like_the_field(string option, string field)
    {
        foreach (var year in new[] { "2019", "2023", "2024" })
        {
            var viaOption = CliRun.Of("search", option, year, "--json", "--db", seeds.Db);
            var viaField = CliRun.Of("search", field + year, "--json", "--db", seeds.Db);

            Assert.Equal(ExitCodes.Success, viaOption.ExitCode);
            Assert.Equal(viaField.Out, viaOption.Out);
        }
        Assert.Equal(ExitCodes.UserError, CliRun.Of("search", option, "20x4", "--db", seeds.Db).ExitCode);
    }

    [Fact]
    public void Text_output_shows_each_hits_score()
    {
        var run = CliRun.Of("search", "giam ngheo", "--db", seeds.Db);

        var idLines = run.OutLines.Where(l => l.StartsWith("id: ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(idLines);
        Assert.All(idLines, l => Assert.Matches(@"· score \d+\.\d\d ", l));
    }

    [Fact]
    public void Article_hits_in_json_name_no_agreement_with_null_not_minus_one()
    {
        using var doc = JsonDocument.Parse(CliRun.Of("search", "giam", "--articles", "--json", "--db", seeds.Db).Out);

        var hits = doc.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(JsonValueKind.Null, h.GetProperty("agreement").ValueKind));
    }

    [Fact]
    public void Agreement_hits_in_json_keep_their_index()
    {
        using var doc = JsonDocument.Parse(CliRun.Of("search", "giam", "--json", "--db", seeds.Db).Out);

        Assert.All(doc.RootElement.GetProperty("hits").EnumerateArray(), h => Assert.True(h.GetProperty("agreement").GetInt32() >= 0));
    }
}
