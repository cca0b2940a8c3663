using System.Text.Json.Nodes;

namespace Extraction.Cli.Tests;

/// <summary>
/// What extract and export write validates against docs/schema, and the schema lists every field:
/// its objects allow no others, so a field the writer adds without the schema fails here.
/// </summary>
public sealed class ContractSchemaTests
{
    [Fact]
    public void Extract_on_seeds_emits_five_lines_that_validate_against_the_contract_schema()
    {
        var run = CliRun.Of("extract", RepoPaths.Seeds);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(5, run.OutLines.Length);
        AssertAllValid(run.OutLines);
    }

    [Fact]
    public void Export_of_the_seeds_and_the_team_corpus_validates_against_the_contract_schema()
    {
        using var dir = new TempFolder();
        var db = dir.File("a.db");
        CliRun.Of("ingest", RepoPaths.Seeds, RepoPaths.Corpus, "--db", db);

        var lines = CliRun.Of("export", "--db", db).OutLines;

        Assert.Equal(29, lines.Length);
        AssertAllValid(lines);
    }

    [SharedDataFact]
    public void Extract_on_the_dev_corpus_validates_against_the_contract_schema()
    {
        var lines = CliRun.Of("extract", Path.Combine(RepoPaths.Shared, "corpus", "dev")).OutLines;

        Assert.True(lines.Length > 100, $"only {lines.Length} lines");
        AssertAllValid(lines);
    }

    [Theory]
    [InlineData("")]
    [InlineData("agreements/0")]
    [InlineData("agreements/0/parties/0")]
    [InlineData("agreements/0/references/0")]
    [InlineData("agreements/0/people/0")]
    [InlineData("agreements/0/evidence")]
    [InlineData("agreements/0/field_confidence")]
    public void A_field_the_schema_does_not_list_fails_validation(string path)
    {
        var json = ArticleWithEverything();
        Pick(json, path)["not_in_the_schema"] = 1;

        Assert.NotEmpty(ContractSchema.Errors(json.ToJsonString()));
    }

    [Theory]
    [InlineData("", "extractor_version")]
    [InlineData("agreements/0/parties/0", "in_title")]
    [InlineData("agreements/0/references/0", "start")]
    [InlineData("agreements/0/people/0", "end")]
    public void A_field_the_writer_always_emits_is_required(string path, string field)
    {
        var json = ArticleWithEverything();
        Pick(json, path).Remove(field);

        Assert.NotEmpty(ContractSchema.Errors(json.ToJsonString()));
    }

    private static void AssertAllValid(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var errors = ContractSchema.Errors(line);
            Assert.True(errors.Count == 0, line[..Math.Min(80, line.Length)] + "\n" + string.Join("\n", errors));
        }
    }

    /// <summary>A real extracted seed whose first agreement has parties, references and people.</summary>
    private static JsonObject ArticleWithEverything()
    {
        var line = CliRun.Of("extract", RepoPaths.Seeds).OutLines
            .Select(l => JsonNode.Parse(l)!.AsObject())
            .First(a => a["agreements"]!.AsArray() is [JsonObject first, ..]
                && first["references"]!.AsArray().Count > 0 && first["people"]!.AsArray().Count > 0);
        Assert.True(ContractSchema.Errors(line.ToJsonString()).Count == 0);
        return line;
    }

    private static JsonObject Pick(JsonObject root, string path)
    {
        JsonNode node = root;
        foreach (var step in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = int.TryParse(step, out var i) ? node[i]! : node[step]!;
        }
        return node.AsObject();
    }
}
